-- mart.suppression: the figures a page withholds, and the marts that copy them.

-- test: tahan_persegi
-- No withheld figure can be computed from shown ones: every withheld figure of a region x period (rows: its units and the region; columns: pegawai_dinilai and the five predikat) lies on a rectangle of withheld figures, i.e. another row withholds it and a second figure of its row too.
WITH b AS (
    SELECT kode_wilayah, periode, kode_unit,
        CAST(pegawai_dinilai_ditahan AS INTEGER) | CAST(sangat_baik_ditahan AS INTEGER) << 1
        | CAST(baik_ditahan AS INTEGER) << 2 | CAST(butuh_perbaikan_ditahan AS INTEGER) << 3
        | CAST(kurang_ditahan AS INTEGER) << 4 | CAST(sangat_kurang_ditahan AS INTEGER) << 5 AS tahan
    FROM mart.suppression
),
covered AS (
    SELECT x.kode_wilayah, x.periode, x.kode_unit,
        bit_or(CASE WHEN bit_count(x.tahan & y.tahan) >= 2 THEN x.tahan & y.tahan ELSE 0 END) AS tertutup
    FROM b x JOIN b y ON y.kode_wilayah IS NOT DISTINCT FROM x.kode_wilayah AND y.periode = x.periode
        AND y.kode_unit IS DISTINCT FROM x.kode_unit
    GROUP BY ALL
)
SELECT b.kode_wilayah, b.periode, b.kode_unit, b.tahan, c.tertutup
FROM b LEFT JOIN covered c ON c.kode_wilayah IS NOT DISTINCT FROM b.kode_wilayah AND c.periode = b.periode
    AND c.kode_unit IS NOT DISTINCT FROM b.kode_unit
WHERE b.tahan & ~coalesce(c.tertutup, 0) <> 0;

-- test: tahan_kelompok_kecil
-- The primary masks are exactly the groups of 1-4 people: a figure is withheld as kelompok_kecil when its count is 1-4 or its row's pegawai_dinilai is, and only then; a pelindung is never 1-4 people; no flag is missing.
SELECT s.kode_wilayah, s.periode, s.kode_unit, x.f, x.n, x.d, x.a
FROM mart.suppression s, unnest([
    {f: 'pegawai_dinilai', n: pegawai_dinilai, d: pegawai_dinilai_ditahan, a: pegawai_dinilai_alasan_ditahan},
    {f: 'sangat_baik', n: jumlah_sangat_baik, d: sangat_baik_ditahan, a: sangat_baik_alasan_ditahan},
    {f: 'baik', n: jumlah_baik, d: baik_ditahan, a: baik_alasan_ditahan},
    {f: 'butuh_perbaikan', n: jumlah_butuh_perbaikan, d: butuh_perbaikan_ditahan, a: butuh_perbaikan_alasan_ditahan},
    {f: 'kurang', n: jumlah_kurang, d: kurang_ditahan, a: kurang_alasan_ditahan},
    {f: 'sangat_kurang', n: jumlah_sangat_kurang, d: sangat_kurang_ditahan, a: sangat_kurang_alasan_ditahan}]) AS t(x)
WHERE x.d IS NULL
   OR x.d IS DISTINCT FROM (x.a IS NOT NULL)
   OR (x.a IS NOT DISTINCT FROM 'kelompok_kecil') IS DISTINCT FROM (x.n BETWEEN 1 AND 4 OR s.pegawai_dinilai BETWEEN 1 AND 4)
   OR (x.a = 'pelindung' AND x.n BETWEEN 1 AND 4)
   OR (x.a IS NOT NULL AND x.a NOT IN ('kelompok_kecil', 'pelindung'));

-- test: tahan_baris_pegawai
-- A withheld pegawai_dinilai withholds its row's five predikat (a share over a hidden total would give the total back).
SELECT kode_wilayah, periode, kode_unit
FROM mart.suppression
WHERE pegawai_dinilai_ditahan
  AND NOT (sangat_baik_ditahan AND baik_ditahan AND butuh_perbaikan_ditahan AND kurang_ditahan AND sangat_kurang_ditahan);

-- test: tahan_jumlah_rekonsiliasi
-- mart.suppression counts what the pages show: its unit rows are mart.unit_performance's counts, its region rows mart.region_performance's, one row each.
SELECT coalesce(s.kode_unit, u.kode_unit) AS kode_unit, coalesce(s.periode, u.periode) AS periode,
       s.pegawai_dinilai, u.pegawai_dinilai AS mart
FROM (SELECT * FROM mart.suppression WHERE kode_unit IS NOT NULL) s
FULL JOIN mart.unit_performance u ON u.kode_unit = s.kode_unit AND u.periode = s.periode
WHERE s.kode_unit IS NULL OR u.kode_unit IS NULL
   OR (s.pegawai_dinilai, s.jumlah_sangat_baik, s.jumlah_baik, s.jumlah_butuh_perbaikan, s.jumlah_kurang, s.jumlah_sangat_kurang)
      IS DISTINCT FROM (u.pegawai_dinilai, u.jumlah_sangat_baik, u.jumlah_baik, u.jumlah_butuh_perbaikan, u.jumlah_kurang, u.jumlah_sangat_kurang)
UNION ALL
SELECT coalesce(s.kode_wilayah, r.kode_wilayah), coalesce(s.periode, r.periode), s.pegawai_dinilai, r.pegawai_dinilai
FROM (SELECT * FROM mart.suppression WHERE kode_unit IS NULL) s
FULL JOIN mart.region_performance r ON r.kode_wilayah IS NOT DISTINCT FROM s.kode_wilayah AND r.periode = s.periode
WHERE s.periode IS NULL OR r.periode IS NULL
   OR (s.pegawai_dinilai, s.jumlah_sangat_baik, s.jumlah_baik, s.jumlah_butuh_perbaikan, s.jumlah_kurang, s.jumlah_sangat_kurang)
      IS DISTINCT FROM (r.pegawai_dinilai, r.jumlah_sangat_baik, r.jumlah_baik, r.jumlah_butuh_perbaikan, r.jumlah_kurang, r.jumlah_sangat_kurang);

-- test: tahan_salinan
-- Every mart a page reads carries mart.suppression's flags unchanged (unit_performance, distribution_compliance and performance_service_link per unit; region_performance and region_summary per region).
WITH s AS (
    SELECT kode_wilayah, periode, kode_unit,
        [pegawai_dinilai_alasan_ditahan, sangat_baik_alasan_ditahan, baik_alasan_ditahan,
         butuh_perbaikan_alasan_ditahan, kurang_alasan_ditahan, sangat_kurang_alasan_ditahan] AS a,
        [pegawai_dinilai_ditahan, sangat_baik_ditahan, baik_ditahan,
         butuh_perbaikan_ditahan, kurang_ditahan, sangat_kurang_ditahan] AS d
    FROM mart.suppression
)
SELECT 'unit_performance' AS mart, u.kode_unit, u.periode FROM mart.unit_performance u
LEFT JOIN s ON s.kode_unit = u.kode_unit AND s.periode = u.periode
WHERE s.a IS DISTINCT FROM [u.pegawai_dinilai_alasan_ditahan, u.sangat_baik_alasan_ditahan, u.baik_alasan_ditahan,
        u.butuh_perbaikan_alasan_ditahan, u.kurang_alasan_ditahan, u.sangat_kurang_alasan_ditahan]
   OR s.d IS DISTINCT FROM [u.pegawai_dinilai_ditahan, u.sangat_baik_ditahan, u.baik_ditahan,
        u.butuh_perbaikan_ditahan, u.kurang_ditahan, u.sangat_kurang_ditahan]
UNION ALL
SELECT 'distribution_compliance', u.kode_unit, u.periode FROM mart.distribution_compliance u
LEFT JOIN s ON s.kode_unit = u.kode_unit AND s.periode = u.periode
WHERE s.a IS DISTINCT FROM [u.pegawai_dinilai_alasan_ditahan, u.sangat_baik_alasan_ditahan, u.baik_alasan_ditahan,
        u.butuh_perbaikan_alasan_ditahan, u.kurang_alasan_ditahan, u.sangat_kurang_alasan_ditahan]
   OR s.d IS DISTINCT FROM [u.pegawai_dinilai_ditahan, u.sangat_baik_ditahan, u.baik_ditahan,
        u.butuh_perbaikan_ditahan, u.kurang_ditahan, u.sangat_kurang_ditahan]
UNION ALL
SELECT 'performance_service_link', u.kode_unit, u.periode FROM mart.performance_service_link u
LEFT JOIN s ON s.kode_unit = u.kode_unit AND s.periode = u.periode
WHERE coalesce(s.a[1:2], [NULL, NULL]::VARCHAR[]) IS DISTINCT FROM [u.pegawai_dinilai_alasan_ditahan, u.sangat_baik_alasan_ditahan]
   OR coalesce(s.d[1:2], [NULL, NULL]::BOOLEAN[]) IS DISTINCT FROM [u.pegawai_dinilai_ditahan, u.sangat_baik_ditahan]
UNION ALL
SELECT 'region_performance', r.kode_wilayah, r.periode FROM mart.region_performance r
LEFT JOIN s ON s.kode_unit IS NULL AND s.kode_wilayah IS NOT DISTINCT FROM r.kode_wilayah AND s.periode = r.periode
WHERE s.a IS DISTINCT FROM [r.pegawai_dinilai_alasan_ditahan, r.sangat_baik_alasan_ditahan, r.baik_alasan_ditahan,
        r.butuh_perbaikan_alasan_ditahan, r.kurang_alasan_ditahan, r.sangat_kurang_alasan_ditahan]
   OR s.d IS DISTINCT FROM [r.pegawai_dinilai_ditahan, r.sangat_baik_ditahan, r.baik_ditahan,
        r.butuh_perbaikan_ditahan, r.kurang_ditahan, r.sangat_kurang_ditahan]
UNION ALL
SELECT 'region_summary', r.kode_wilayah, r.periode FROM mart.region_summary r
LEFT JOIN s ON s.kode_unit IS NULL AND s.kode_wilayah = r.kode_wilayah AND s.periode = r.periode
WHERE coalesce(s.a[1:2], [NULL, NULL]::VARCHAR[]) IS DISTINCT FROM [r.pegawai_dinilai_alasan_ditahan, r.sangat_baik_alasan_ditahan]
   OR coalesce(s.d[1:2], [false, false]) IS DISTINCT FROM [r.pegawai_dinilai_ditahan, r.sangat_baik_ditahan];
