-- Predikat counts per unit and period, and the Wilson 95 % interval of
-- % Sangat Baik.
SELECT kode_unit, kode_wilayah, periode, jenis_periode, tanggal_mulai,
       pegawai_dinilai, jumlah_sangat_baik, jumlah_baik, jumlah_butuh_perbaikan,
       jumlah_kurang, jumlah_sangat_kurang, persen_sangat_baik, persen_baik, persen_butuh_perbaikan,
       persen_kurang, persen_sangat_kurang, predikat_kontradiksi,
       persen_sangat_baik_bawah, persen_sangat_baik_atas,
       -- what every page withholds (mart.suppression)
       pegawai_dinilai_alasan_ditahan, sangat_baik_alasan_ditahan, baik_alasan_ditahan,
       butuh_perbaikan_alasan_ditahan, kurang_alasan_ditahan, sangat_kurang_alasan_ditahan
FROM mart.unit_performance
ORDER BY kode_wilayah, kode_unit, jenis_periode, tanggal_mulai;
