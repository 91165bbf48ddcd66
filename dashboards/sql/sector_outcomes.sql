-- The sector outcome indicators of every unit (health, education, any
-- indicator with an arah): value, target, attainment and trend per period,
-- as mart.sector_outcomes computed them.
SELECT kode_unit, kode_wilayah, periode, jenis_periode, tanggal_mulai, indikator, nama_indikator, satuan, arah,
       nilai, target, capaian_persen, memenuhi_target, nilai_sebelumnya, perubahan, tren, memburuk_beruntun
FROM mart.sector_outcomes
ORDER BY kode_wilayah, kode_unit, indikator, tanggal_mulai;
