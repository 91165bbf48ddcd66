-- IKM per unit and period, with its minimum sample (PermenPANRB 14/2017)
-- and whether the respondents reach it.
SELECT kode_unit, kode_wilayah, periode, jenis_periode, tanggal_mulai, responden, ikm, mutu, sampel_minimum, sampel_cukup
FROM mart.ikm
ORDER BY kode_wilayah, kode_unit, jenis_periode, tanggal_mulai;
