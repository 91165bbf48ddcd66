-- The planner's view per unit and year.
SELECT kode_unit, kode_wilayah, tahun, pegawai, pegawai_kesenjangan_kinerja, persen_kesenjangan_kinerja,
       pegawai_kurang_20_jp, persen_kurang_20_jp, total_kekurangan_jp, pegawai_prioritas_tinggi,
       nilai_terlemah, pegawai_nilai_terlemah, persen_nilai_terlemah,
       fokus_pelatihan, jenis_kompetensi_fokus, skor_prioritas,
       urutan_prioritas, urutan_prioritas_wilayah
FROM mart.training_needs_unit
ORDER BY tahun, urutan_prioritas, kode_unit;
