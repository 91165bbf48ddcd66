-- mart.indicator_value
-- Grain: one indicator (indikator) x unit (kode_unit; NULL for a region's
-- own value) and region (kode_wilayah) x periode: the one value of the
-- indicator there and then. core.fact_indicator holds, per key, a total row
-- (kategori '') and breakdown rows (kategori 'jenis_kelamin=LAKI-LAKI', ...);
-- adding them all up would count every value twice, so this mart takes
--   the total row, when the key has one (the breakdown is not added to it);
--   else the sum of the breakdown, only when it adds up: the satuan is a
--   unit of count (core.ref_satuan_jumlah: jiwa, orang, kunjungan, ...; a
--   persen, a rate or an index never adds up) and the same for every row,
--   every breakdown row has the same category columns (dimensi; rows by
--   jenis_kelamin mixed with rows by jenis_kelamin and jenjang would count
--   people twice), and no row of the key is in core.indicator_conflict (a
--   breakdown with a disputed part is not complete).
-- Otherwise the key has no row here: a total in conflict is not replaced by
-- the sum of its breakdown, and a breakdown that does not add up stays in
-- core.fact_indicator, by kategori. Conflicting values never reach the mart.
--   nilai, target: the total row's, or the breakdown's sums (target only
--     when every breakdown row has one);
--   satuan, arah: the total row's, or the breakdown's;
--   asal_nilai: 'total' (the total row) or 'jumlah_rincian' (the sum of the
--     breakdown);
--   rincian: the key's breakdown rows in core.fact_indicator (summed or not).
-- Beneath it, core.fact_indicator has one row per (indikator, kode_unit or
-- kode_wilayah, periode, kategori), kategori '' the total, dimensi the
-- breakdown's category columns; a region's total and its breakdown:
--   SELECT kategori, nilai FROM core.fact_indicator WHERE indikator =
--     'jumlah_penduduk' AND kode_wilayah = '32.01' AND periode = '2013'
--   (kategori = '' alone for the total, kategori <> '' for the breakdown).
-- core.indicator_conflict lists every row of a key whose rows disagree (two
-- nilai, or two targets where both are given): its value, batch_id, source,
-- path, baris (the line) and nilai_berbeda (the key's distinct values);
-- kinerja's data-quality page shows them. Rows of one key that agree count
-- once and are no conflict.
CREATE OR REPLACE TABLE mart.indicator_value AS
WITH konflik AS (
    SELECT DISTINCT indikator, kode_unit, kode_wilayah, periode FROM core.indicator_conflict
),
k AS (
    SELECT f.indikator, f.kode_unit, f.kode_wilayah, f.periode,
        any_value(f.jenis_periode) AS jenis_periode, any_value(f.tahun) AS tahun, any_value(f.tanggal_mulai) AS tanggal_mulai,
        count(*) FILTER (WHERE f.kategori = '') > 0 AS ada_total,
        any_value(f.nilai) FILTER (WHERE f.kategori = '') AS nilai_total,
        any_value(f.target) FILTER (WHERE f.kategori = '') AS target_total,
        any_value(f.satuan) FILTER (WHERE f.kategori = '') AS satuan_total,
        any_value(f.arah) FILTER (WHERE f.kategori = '') AS arah_total,
        count(*) FILTER (WHERE f.kategori <> '') AS rincian,
        sum(f.nilai) FILTER (WHERE f.kategori <> '') AS nilai_rincian,
        CASE WHEN count(f.target) FILTER (WHERE f.kategori <> '') = count(*) FILTER (WHERE f.kategori <> '')
             THEN sum(f.target) FILTER (WHERE f.kategori <> '') END AS target_rincian,
        any_value(f.satuan) FILTER (WHERE f.kategori <> '') AS satuan_rincian,
        any_value(f.arah) FILTER (WHERE f.kategori <> '') AS arah_rincian,
        count(DISTINCT f.dimensi) FILTER (WHERE f.kategori <> '') = 1
            AND count(DISTINCT coalesce(f.satuan, '')) FILTER (WHERE f.kategori <> '') = 1
            AND bool_and(s.satuan IS NOT NULL) FILTER (WHERE f.kategori <> '') AS rincian_dijumlah
    FROM core.fact_indicator f
    LEFT JOIN core.ref_satuan_jumlah s ON s.satuan = f.satuan
    GROUP BY f.indikator, f.kode_unit, f.kode_wilayah, f.periode
)
SELECT k.indikator, k.kode_unit, k.kode_wilayah, k.periode, k.jenis_periode, k.tahun, k.tanggal_mulai,
       CASE WHEN k.ada_total THEN k.nilai_total ELSE k.nilai_rincian END AS nilai,
       CASE WHEN k.ada_total THEN k.target_total ELSE k.target_rincian END AS target,
       CASE WHEN k.ada_total THEN k.satuan_total ELSE k.satuan_rincian END AS satuan,
       CASE WHEN k.ada_total THEN k.arah_total ELSE k.arah_rincian END AS arah,
       CASE WHEN k.ada_total THEN 'total' ELSE 'jumlah_rincian' END AS asal_nilai,
       k.rincian
FROM k
LEFT JOIN konflik c ON c.indikator = k.indikator AND c.kode_unit IS NOT DISTINCT FROM k.kode_unit
    AND c.kode_wilayah IS NOT DISTINCT FROM k.kode_wilayah AND c.periode = k.periode
WHERE k.ada_total OR (k.rincian_dijumlah AND c.indikator IS NULL)
ORDER BY k.indikator, k.kode_wilayah, k.kode_unit, k.periode;
