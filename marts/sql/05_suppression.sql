-- mart.suppression
-- Grain: one unit kerja x appraisal period (as the source recorded it), plus
-- one row per region x period with kode_unit NULL for the region's totals.
-- The one decision which figures of the predikat distribution a page
-- withholds (issue 12, point 3); mart.unit_performance,
-- mart.performance_service_link, mart.distribution_compliance,
-- mart.region_performance and mart.region_summary copy its flags, and every
-- page masks by them.
-- pegawai_dinilai, jumlah_sangat_baik, jumlah_baik, jumlah_butuh_perbaikan,
-- jumlah_kurang, jumlah_sangat_kurang: the counts of mart.unit_performance
-- (the region's row: summed over its units, as mart.region_performance).
-- For each of the six families f (pegawai_dinilai, sangat_baik, baik,
-- butuh_perbaikan, kurang, sangat_kurang): f_ditahan, true when the
-- figure is withheld (the count, and the share of pegawai_dinilai of a
-- predikat), and f_alasan_ditahan why (NULL when shown):
--   kelompok_kecil: primary: the count is 1-4 people, or the row's
--     pegawai_dinilai is (every share of 1-4 people is withheld);
--   pelindung: secondary: withheld so that no figure above can be
--     computed from what a page shows beside it.
-- What the pages publish ties these figures: a region page shows each
-- unit's pegawai_dinilai and predikat shares (the units and kurva tables)
-- beside the region's totals (the headline, the predikat table), a unit
-- page the unit's counts beside its pegawai_dinilai. So per region x
-- period the figures form a table, rows = the units and the region, columns
-- = pegawai_dinilai and the five predikat, in which every row sums
-- (pegawai_dinilai = the five counts) and every column sums (the region =
-- its units). A withheld figure can be computed from shown ones exactly
-- when no cycle of withheld figures passes through it (a path alternating
-- between its row and column that returns to it); then the figures on the
-- cycle can all move by +t and -t in turn without changing any sum.
-- The rule: every withheld figure lies on a rectangle of withheld figures
-- (two rows x two columns, the region's row and pegawai_dinilai included).
-- Starting from the primary ones, while some withheld figure of the
-- region x period lies on none (the first by row: the region's, then by
-- kode_unit; then by column in the order above), the rectangle through it
-- that withholds the least is added: each figure it withholds costs its
-- count, a predikat count of 0 costs 10 000 (it protects little: the sum
-- of a 0 and a 1-4 is below 5, which gives both away), a unit's
-- pegawai_dinilai 1 000 000 plus its count (withholding it withholds the
-- unit's whole distribution: a share over a hidden total would give the
-- total back), a region figure 10 000 000 plus its count, the region's
-- Sangat Baik (the headline % Sangat Baik) 50 000 000 and its
-- pegawai_dinilai 100 000 000 plus their count; already withheld figures cost
-- nothing; ties: the lower row, then column. A withheld pegawai_dinilai
-- withholds its row's five predikat. Each step withholds at least one more
-- figure, so it ends.
-- Guaranteed: no withheld figure is a sum or difference of shown ones
-- (marts/sql/tests: tahan_persegi); a reader who also uses that '<5' means
-- 1-4 and a pelindung is never 1-4 may still narrow a figure to fewer
-- values; statistics (medians, ranks, correlations) stay on full data.
-- langkah: the rectangles added in the region x period.
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE mart.suppression AS
WITH RECURSIVE unit_rows AS (
    SELECT u.kode_wilayah, f.periode, f.jenis_periode, f.tanggal_mulai, f.kode_unit,
        [count(*),
         count(*) FILTER (WHERE f.predikat = 'sangat_baik'),
         count(*) FILTER (WHERE f.predikat = 'baik'),
         count(*) FILTER (WHERE f.predikat = 'butuh_perbaikan'),
         count(*) FILTER (WHERE f.predikat = 'kurang'),
         count(*) FILTER (WHERE f.predikat = 'sangat_kurang')] AS n
    FROM core.fact_appraisal f
    JOIN core.dim_unit u ON u.kode_unit = f.kode_unit
    -- a region x period's figures are its own: a refresh reads its years only
    WHERE f.sumber = 'atasan' AND f.tanggal_mulai >= {{start}}
    GROUP BY ALL
),
all_rows AS (
    SELECT * FROM unit_rows
    UNION ALL
    SELECT kode_wilayah, periode, jenis_periode, tanggal_mulai, NULL,
        [sum(n[1]), sum(n[2]), sum(n[3]), sum(n[4]), sum(n[5]), sum(n[6])]::BIGINT[]
    FROM unit_rows
    GROUP BY ALL
),
-- bit j (0 = pegawai_dinilai, 1-5 = the predikat) of kecil: primary
numbered AS (
    SELECT *,
        CAST(dense_rank() OVER (ORDER BY kode_wilayah, periode) AS INTEGER) AS blok,
        CAST(row_number() OVER (PARTITION BY kode_wilayah, periode ORDER BY kode_unit NULLS FIRST) - 1 AS INTEGER) AS i,
        CAST(list_sum(list_transform(range(6), j -> CASE WHEN n[j + 1] BETWEEN 1 AND 4 THEN 1 << j ELSE 0 END)) AS INTEGER) AS k0
    FROM all_rows
),
start AS (
    SELECT blok, i, kode_wilayah, periode, jenis_periode, tanggal_mulai, kode_unit, n,
        CASE WHEN k0 & 1 = 1 THEN 63 ELSE k0 END AS kecil,
        CASE WHEN k0 & 1 = 1 THEN 63 ELSE k0 END AS tahan,
        CAST(0 AS INTEGER) AS langkah
    FROM numbered
),
s AS (
    SELECT * FROM start
    UNION ALL
    (WITH cur AS MATERIALIZED (
        SELECT *,
            -- what withholding each still shown figure of the row costs
            list_transform(range(6), j -> CASE
                WHEN (tahan >> j) & 1 = 1 THEN 0
                WHEN kode_unit IS NULL THEN (CASE j WHEN 0 THEN 100000000 WHEN 1 THEN 50000000 ELSE 10000000 END) + n[j + 1]
                WHEN j = 0 THEN 1000000 + n[j + 1]
                WHEN n[j + 1] = 0 THEN 10000
                ELSE n[j + 1] END) AS biaya
        FROM s
    ),
    -- columns of a row on a withheld rectangle: shared with another row
    -- that withholds two or more of the same columns. Counted per pair of
    -- columns (a row shares two or more withheld columns with another row
    -- exactly when they share a pair), so each row is looked at once per
    -- pair it withholds, not once per other row of its region x period
    -- (nationally 538 M row pairs over the steps, 27 of the model's 80 s CPU).
    pairs AS (
        SELECT c.blok, c.i, m.pasangan
        FROM cur c
        JOIN (SELECT (1 << j1) | (1 << j2) AS pasangan
              FROM range(6) a(j1), range(6) b(j2) WHERE j1 < j2) m
          ON c.tahan & m.pasangan = m.pasangan
        WHERE bit_count(c.tahan) >= 2
    ),
    covered AS (
        SELECT blok, i, CAST(bit_or(pasangan) AS INTEGER) AS tertutup
        FROM (SELECT * FROM pairs QUALIFY count(*) OVER (PARTITION BY blok, pasangan) >= 2)
        GROUP BY ALL
    ),
    -- the first withheld figure on no rectangle, per region x period
    open AS (
        SELECT c.blok, c.i, list_position(list_transform(range(6), j -> ((c.tahan & ~coalesce(v.tertutup, 0)) >> j) & 1), 1) - 1 AS kol
        FROM cur c LEFT JOIN covered v USING (blok, i)
        WHERE c.tahan & ~coalesce(v.tertutup, 0) <> 0
        QUALIFY row_number() OVER (PARTITION BY c.blok ORDER BY c.i) = 1
    ),
    -- the cheapest rectangle through it: rows i and i2, columns kol and kol2
    -- (arg_min over the ordering, not a row_number() window over every
    -- candidate: 41 M candidates nationally over the steps)
    rect AS (
        SELECT blok, i, kol, terbaik[1] AS i2, terbaik[2] AS kol2 FROM (
            SELECT o.blok, o.i, o.kol,
                arg_min([y.i, k2.kol2],
                        [x.biaya[k2.kol2 + 1] + y.biaya[o.kol + 1] + y.biaya[k2.kol2 + 1], y.i, k2.kol2]) AS terbaik
            FROM open o
            JOIN cur x ON x.blok = o.blok AND x.i = o.i
            JOIN cur y ON y.blok = o.blok AND y.i <> o.i
            CROSS JOIN (SELECT unnest(range(6)) AS kol2) k2
            WHERE k2.kol2 <> o.kol
            GROUP BY o.blok, o.i, o.kol
        )
    )
    SELECT blok, i, kode_wilayah, periode, jenis_periode, tanggal_mulai, kode_unit, n, kecil,
        CASE WHEN tahan & 1 = 1 THEN 63 ELSE tahan END AS tahan, langkah
    FROM (
        SELECT c.blok, c.i, c.kode_wilayah, c.periode, c.jenis_periode, c.tanggal_mulai, c.kode_unit, c.n, c.kecil,
            CAST(c.tahan
                | CASE WHEN c.i = r.i THEN 1 << r.kol2 ELSE 0 END
                | CASE WHEN c.i = r.i2 THEN (1 << r.kol) | (1 << r.kol2) ELSE 0 END AS INTEGER) AS tahan,
            c.langkah + 1 AS langkah
        FROM cur c
        JOIN rect r ON r.blok = c.blok
    ))
),
final AS (
    SELECT * FROM s
    QUALIFY langkah = max(langkah) OVER (PARTITION BY blok)
)
SELECT kode_wilayah, periode, jenis_periode, tanggal_mulai, kode_unit,
    CAST(n[1] AS INTEGER) AS pegawai_dinilai,
    CAST(n[2] AS INTEGER) AS jumlah_sangat_baik,
    CAST(n[3] AS INTEGER) AS jumlah_baik,
    CAST(n[4] AS INTEGER) AS jumlah_butuh_perbaikan,
    CAST(n[5] AS INTEGER) AS jumlah_kurang,
    CAST(n[6] AS INTEGER) AS jumlah_sangat_kurang,
    tahan & 1 <> 0 AS pegawai_dinilai_ditahan,
    CASE WHEN kecil & 1 <> 0 THEN 'kelompok_kecil' WHEN tahan & 1 <> 0 THEN 'pelindung' END AS pegawai_dinilai_alasan_ditahan,
    tahan & 2 <> 0 AS sangat_baik_ditahan,
    CASE WHEN kecil & 2 <> 0 THEN 'kelompok_kecil' WHEN tahan & 2 <> 0 THEN 'pelindung' END AS sangat_baik_alasan_ditahan,
    tahan & 4 <> 0 AS baik_ditahan,
    CASE WHEN kecil & 4 <> 0 THEN 'kelompok_kecil' WHEN tahan & 4 <> 0 THEN 'pelindung' END AS baik_alasan_ditahan,
    tahan & 8 <> 0 AS butuh_perbaikan_ditahan,
    CASE WHEN kecil & 8 <> 0 THEN 'kelompok_kecil' WHEN tahan & 8 <> 0 THEN 'pelindung' END AS butuh_perbaikan_alasan_ditahan,
    tahan & 16 <> 0 AS kurang_ditahan,
    CASE WHEN kecil & 16 <> 0 THEN 'kelompok_kecil' WHEN tahan & 16 <> 0 THEN 'pelindung' END AS kurang_alasan_ditahan,
    tahan & 32 <> 0 AS sangat_kurang_ditahan,
    CASE WHEN kecil & 32 <> 0 THEN 'kelompok_kecil' WHEN tahan & 32 <> 0 THEN 'pelindung' END AS sangat_kurang_alasan_ditahan,
    langkah
FROM final;
