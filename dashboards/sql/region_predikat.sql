-- Region totals of the predikat distribution per period, summed over units.
SELECT kode_wilayah, periode, jenis_periode, min(tanggal_mulai) AS tanggal_mulai,
       sum(pegawai_dinilai)::BIGINT, sum(jumlah_sangat_baik)::BIGINT, sum(jumlah_baik)::BIGINT,
       sum(jumlah_butuh_perbaikan)::BIGINT, sum(jumlah_kurang)::BIGINT, sum(jumlah_sangat_kurang)::BIGINT
FROM mart.unit_performance
GROUP BY kode_wilayah, periode, jenis_periode
ORDER BY kode_wilayah, jenis_periode, tanggal_mulai;
