-- core.fact_indicator: grain = one indicator value for a unit (kode_unit set)
-- or a region (kode_unit NULL) in a period and a kategori: the key is
-- (indikator, kode_unit or kode_wilayah, periode, kategori). kategori '' is
-- the total; any other value is a breakdown of it (an open-data export's
-- category columns as "name=value" pairs joined by "; ", e.g.
-- 'jenis_kelamin=LAKI-LAKI', or a file's kategori column as written), and
-- dimensi names the breakdown's category columns ('' for the total,
-- 'kategori' for a file's kategori column): the total and every breakdown
-- are rows of the same indikator, so summing every row of a key counts a
-- value twice (see mart.indicator_value for the one value per key).
-- A key whose rows disagree is not here: see core.indicator_conflict.
CREATE OR REPLACE TABLE core.fact_indicator AS
SELECT i.kode_unit, coalesce(u.kode_wilayah, i.kode_wilayah) AS kode_wilayah, i.periode,
       p.jenis_periode, p.tahun, p.tanggal_mulai, i.indikator, i.kategori,
       CASE WHEN i.kategori = '' THEN ''
            ELSE array_to_string(list_transform(string_split(i.kategori, '; '),
                     lambda c: CASE WHEN contains(c, '=') THEN split_part(c, '=', 1) ELSE 'kategori' END), '; ')
       END AS dimensi,
       i.nilai, i.target, i.satuan, i.arah, i._batch
FROM stg.indicators i
JOIN core.dim_period p ON p.periode = i.periode
LEFT JOIN core.dim_unit u ON u.kode_unit = i.kode_unit;
