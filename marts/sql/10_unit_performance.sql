-- mart.unit_performance
-- Grain: one unit kerja x one appraisal period (as the source recorded it:
-- quarter, semester, month or year). Counts the official (atasan) predikat of
-- the people appraised in the unit in that period.
-- persen_sangat_baik, persen_baik, persen_butuh_perbaikan, persen_kurang,
-- persen_sangat_kurang: each predikat's share of pegawai_dinilai in % (the
-- shares a page shows; it never divides the counts itself).
-- persen_sangat_baik_bawah, _atas: the Wilson 95 % interval of
-- persen_sangat_baik (core.wilson_bawah / core.wilson_atas, the one
-- definition every mart's interval of a share uses), of k of n people:
--   p = k / n, z = 1.959964 (the 97.5 % normal quantile),
--   centre = (p + z^2 / (2n)) / (1 + z^2 / n),
--   half = z / (1 + z^2 / n) x sqrt(p (1 - p) / n + z^2 / (4 n^2)),
--   bounds = 100 x (centre -/+ half);
-- 3 Sangat Baik of 10 is 30 % (10.78-60.32 %), 0 of 5 is 0 % (0-43.45 %).
-- pegawai_dinilai_ditahan, sangat_baik_ditahan, baik_ditahan,
-- butuh_perbaikan_ditahan, kurang_ditahan, sangat_kurang_ditahan and their
-- *_alasan_ditahan ('kelompok_kecil' | 'pelindung', NULL when shown):
-- whether a page withholds the unit's pegawai_dinilai, and each predikat's
-- count and share (mart.suppression, the one decision).
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE mart.unit_performance AS
WITH counts AS (
SELECT
    f.kode_unit, u.nama_unit, u.sektor, u.kode_wilayah, r.nama AS nama_wilayah,
    f.periode, f.jenis_periode, f.tanggal_mulai,
    CAST(count(*) AS INTEGER) AS pegawai_dinilai,
    CAST(count(*) FILTER (WHERE f.predikat = 'sangat_baik') AS INTEGER) AS jumlah_sangat_baik,
    CAST(count(*) FILTER (WHERE f.predikat = 'baik') AS INTEGER) AS jumlah_baik,
    CAST(count(*) FILTER (WHERE f.predikat = 'butuh_perbaikan') AS INTEGER) AS jumlah_butuh_perbaikan,
    CAST(count(*) FILTER (WHERE f.predikat = 'kurang') AS INTEGER) AS jumlah_kurang,
    CAST(count(*) FILTER (WHERE f.predikat = 'sangat_kurang') AS INTEGER) AS jumlah_sangat_kurang,
    100.0 * count(*) FILTER (WHERE f.predikat = 'sangat_baik') / count(*) AS persen_sangat_baik,
    100.0 * count(*) FILTER (WHERE f.predikat = 'baik') / count(*) AS persen_baik,
    100.0 * count(*) FILTER (WHERE f.predikat = 'butuh_perbaikan') / count(*) AS persen_butuh_perbaikan,
    100.0 * count(*) FILTER (WHERE f.predikat = 'kurang') / count(*) AS persen_kurang,
    100.0 * count(*) FILTER (WHERE f.predikat = 'sangat_kurang') / count(*) AS persen_sangat_kurang,
    CAST(count(*) FILTER (WHERE f.predikat_kontradiksi) AS INTEGER) AS predikat_kontradiksi,
    core.wilson_bawah(count(*) FILTER (WHERE f.predikat = 'sangat_baik'), count(*)) AS persen_sangat_baik_bawah,
    core.wilson_atas(count(*) FILTER (WHERE f.predikat = 'sangat_baik'), count(*)) AS persen_sangat_baik_atas
FROM core.fact_appraisal f
JOIN core.dim_unit u ON u.kode_unit = f.kode_unit
LEFT JOIN core.dim_region r ON r.kode_wilayah = u.kode_wilayah
WHERE f.sumber = 'atasan'
GROUP BY ALL
)
SELECT c.*,
    s.pegawai_dinilai_ditahan, s.pegawai_dinilai_alasan_ditahan,
    s.sangat_baik_ditahan, s.sangat_baik_alasan_ditahan,
    s.baik_ditahan, s.baik_alasan_ditahan,
    s.butuh_perbaikan_ditahan, s.butuh_perbaikan_alasan_ditahan,
    s.kurang_ditahan, s.kurang_alasan_ditahan,
    s.sangat_kurang_ditahan, s.sangat_kurang_alasan_ditahan
FROM counts c
LEFT JOIN mart.suppression s ON s.kode_unit = c.kode_unit AND s.periode = c.periode;
