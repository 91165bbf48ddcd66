-- mart.region_performance
-- Grain: one region (kab/kota or province the units belong to) x appraisal
-- period of mart.unit_performance (quarter, semester, month or year, as the
-- source recorded it). The region's predikat distribution: every unit's
-- counts summed (the people appraised in the region, not a mean of units):
--   unit_dinilai: units with a row in mart.unit_performance in the period;
--   pegawai_dinilai, jumlah_*: people with an official (atasan) appraisal
--   and with each predikat, summed over the units;
--   persen_sangat_baik, persen_baik, persen_butuh_perbaikan, persen_kurang,
--   persen_sangat_kurang: % of pegawai_dinilai with each predikat (the
--   shares a page shows; it never divides the counts itself).
-- mart.region_summary takes its pegawai_dinilai and persen_sangat_baik from
-- here (one definition).
-- pegawai_dinilai_ditahan, sangat_baik_ditahan, ..., sangat_kurang_ditahan
-- and their *_alasan_ditahan ('kelompok_kecil' | 'pelindung'): whether a
-- page withholds the region's count and share (mart.suppression's region
-- row: a region figure is withheld when it is 1-4 people or protects
-- one).
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE mart.region_performance AS
WITH totals AS (
SELECT
    u.kode_wilayah, any_value(u.nama_wilayah) AS nama_wilayah, u.periode, u.jenis_periode, u.tanggal_mulai,
    CAST(count(DISTINCT u.kode_unit) AS INTEGER) AS unit_dinilai,
    CAST(sum(u.pegawai_dinilai) AS INTEGER) AS pegawai_dinilai,
    CAST(sum(u.jumlah_sangat_baik) AS INTEGER) AS jumlah_sangat_baik,
    CAST(sum(u.jumlah_baik) AS INTEGER) AS jumlah_baik,
    CAST(sum(u.jumlah_butuh_perbaikan) AS INTEGER) AS jumlah_butuh_perbaikan,
    CAST(sum(u.jumlah_kurang) AS INTEGER) AS jumlah_kurang,
    CAST(sum(u.jumlah_sangat_kurang) AS INTEGER) AS jumlah_sangat_kurang,
    100.0 * sum(u.jumlah_sangat_baik) / nullif(sum(u.pegawai_dinilai), 0) AS persen_sangat_baik,
    100.0 * sum(u.jumlah_baik) / nullif(sum(u.pegawai_dinilai), 0) AS persen_baik,
    100.0 * sum(u.jumlah_butuh_perbaikan) / nullif(sum(u.pegawai_dinilai), 0) AS persen_butuh_perbaikan,
    100.0 * sum(u.jumlah_kurang) / nullif(sum(u.pegawai_dinilai), 0) AS persen_kurang,
    100.0 * sum(u.jumlah_sangat_kurang) / nullif(sum(u.pegawai_dinilai), 0) AS persen_sangat_kurang
FROM mart.unit_performance u
WHERE u.tanggal_mulai >= {{start}}
GROUP BY u.kode_wilayah, u.periode, u.jenis_periode, u.tanggal_mulai
)
SELECT t.*,
    s.pegawai_dinilai_ditahan, s.pegawai_dinilai_alasan_ditahan,
    s.sangat_baik_ditahan, s.sangat_baik_alasan_ditahan,
    s.baik_ditahan, s.baik_alasan_ditahan,
    s.butuh_perbaikan_ditahan, s.butuh_perbaikan_alasan_ditahan,
    s.kurang_ditahan, s.kurang_alasan_ditahan,
    s.sangat_kurang_ditahan, s.sangat_kurang_alasan_ditahan
FROM totals t
LEFT JOIN mart.suppression s ON s.kode_unit IS NULL AND s.kode_wilayah IS NOT DISTINCT FROM t.kode_wilayah AND s.periode = t.periode;
