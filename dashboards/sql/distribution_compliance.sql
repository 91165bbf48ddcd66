-- Kurva distribusi check per unit and appraisal period.
SELECT kode_unit, kode_wilayah, periode, jenis_periode, tanggal_mulai, rating_organisasi,
       pegawai_dinilai, jumlah_sangat_baik, jumlah_baik, jumlah_butuh_perbaikan, jumlah_kurang, jumlah_sangat_kurang,
       persen_sangat_baik, persen_baik, persen_butuh_perbaikan, persen_kurang, persen_sangat_kurang,
       aturan, sesuai, alasan,
       pegawai_dinilai_alasan_ditahan, sangat_baik_alasan_ditahan, baik_alasan_ditahan,
       butuh_perbaikan_alasan_ditahan, kurang_alasan_ditahan, sangat_kurang_alasan_ditahan
FROM mart.distribution_compliance
ORDER BY kode_wilayah, jenis_periode, tanggal_mulai, kode_unit;
