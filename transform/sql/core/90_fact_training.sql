-- core.fact_training: grain = one training taken (nip, kegiatan,
-- tanggal_mulai); kode_unit is the person's unit when it started.
-- refresh: tahun >= {{year}}
CREATE OR REPLACE TABLE core.fact_training AS
SELECT t.nip, t.kegiatan, t.jenis_kompetensi, t.kompetensi, t.jp, t.tanggal_mulai, t.tanggal_selesai,
       year(t.tanggal_mulai) AS tahun, e.kode_unit, u.kode_wilayah, t._batch
FROM stg.trainings t
ASOF LEFT JOIN core.dim_employee e ON e.nip = t.nip AND t.tanggal_mulai >= e.berlaku_mulai
LEFT JOIN core.dim_unit u ON u.kode_unit = e.kode_unit;
