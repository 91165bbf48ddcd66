-- mart.training_compliance
-- Grain: one unit x year. pegawai are the people assigned to the unit on 31
-- December of the year (PNS and PPPK alike); total_jp sums the JP of the
-- trainings each started that year, wherever they were; pegawai_kurang_20_jp
-- counts those under the 20 JP a year of PP 11/2017 as amended by PP 17/2020.
-- refresh: tahun >= {{year}}
CREATE OR REPLACE TABLE mart.training_compliance AS
WITH years AS (SELECT DISTINCT tahun FROM core.fact_training),
staff AS (
    SELECT y.tahun, e.nip, e.kode_unit
    FROM years y
    JOIN core.dim_employee e
      ON make_date(y.tahun, 12, 31) >= e.berlaku_mulai
     AND (e.berlaku_sampai IS NULL OR make_date(y.tahun, 12, 31) <= e.berlaku_sampai)
),
jp AS (SELECT nip, tahun, sum(jp) AS jp FROM core.fact_training GROUP BY ALL)
SELECT
    s.kode_unit, u.nama_unit, u.kode_wilayah, r.nama AS nama_wilayah, CAST(s.tahun AS INTEGER) AS tahun,
    CAST(count(*) AS INTEGER) AS pegawai,
    sum(coalesce(jp.jp, 0)) AS total_jp,
    avg(coalesce(jp.jp, 0)) AS rata_jp,
    CAST(count(*) FILTER (WHERE coalesce(jp.jp, 0) < 20) AS INTEGER) AS pegawai_kurang_20_jp,
    100.0 * count(*) FILTER (WHERE coalesce(jp.jp, 0) < 20) / count(*) AS persen_kurang_20_jp
FROM staff s
LEFT JOIN jp ON jp.nip = s.nip AND jp.tahun = s.tahun
JOIN core.dim_unit u ON u.kode_unit = s.kode_unit
LEFT JOIN core.dim_region r ON r.kode_wilayah = u.kode_wilayah
GROUP BY ALL;
