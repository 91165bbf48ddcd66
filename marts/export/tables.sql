-- Tables written by `kinerja export --format parquet` (marts.Export). Each
-- block is one table: a line "export" <name> [partitioned] and a SELECT. A
-- partitioned table's SELECT ends with the partition columns tahun (INTEGER)
-- and kode_provinsi (VARCHAR, the two-digit Kemendagri province code after
-- the crosswalk, '__HIVE_DEFAULT_PARTITION__' when unknown; kn_export_prov(x) is
-- expanded by marts.ExportTables); they become the
-- directories DIR/<name>/tahun=2025/kode_provinsi=32/ and are not stored in
-- the files. Unpartitioned tables (the dimensions and mart.data_quality, which
-- have no year or region) are one file DIR/<name>/data_0.parquet.

-- export: dim_region
SELECT * FROM core.dim_region;

-- export: dim_unit
SELECT * FROM core.dim_unit;

-- export: dim_employee
SELECT * FROM core.dim_employee;

-- export: dim_period
SELECT * FROM core.dim_period;

-- export: fact_appraisal partitioned
SELECT * EXCLUDE (tahun), CAST(tahun AS INTEGER) AS tahun, kn_export_prov(kode_wilayah) AS kode_provinsi
FROM core.fact_appraisal;

-- export: fact_service_request partitioned
SELECT *, CAST(year(diajukan) AS INTEGER) AS tahun, kn_export_prov(kode_wilayah) AS kode_provinsi
FROM core.fact_service_request;

-- export: fact_survey partitioned
SELECT *, CAST(year(tanggal) AS INTEGER) AS tahun, kn_export_prov(kode_wilayah) AS kode_provinsi
FROM core.fact_survey;

-- export: fact_indicator partitioned
SELECT * EXCLUDE (tahun), CAST(tahun AS INTEGER) AS tahun, kn_export_prov(kode_wilayah) AS kode_provinsi
FROM core.fact_indicator;

-- export: fact_training partitioned
SELECT * EXCLUDE (tahun), CAST(tahun AS INTEGER) AS tahun, kn_export_prov(kode_wilayah) AS kode_provinsi
FROM core.fact_training;

-- export: fact_potential partitioned
-- A potential has no unit: its region is that of the person's current unit.
SELECT p.* EXCLUDE (tahun), CAST(p.tahun AS INTEGER) AS tahun, kn_export_prov(u.kode_wilayah) AS kode_provinsi
FROM core.fact_potential p
LEFT JOIN core.dim_employee e ON e.nip = p.nip AND e.terkini
LEFT JOIN core.dim_unit u ON u.kode_unit = e.kode_unit;

-- export: unit_performance partitioned
SELECT *, CAST(year(tanggal_mulai) AS INTEGER) AS tahun, kn_export_prov(kode_wilayah) AS kode_provinsi FROM mart.unit_performance;

-- export: service_outcomes partitioned
SELECT *, CAST(year(tanggal_mulai) AS INTEGER) AS tahun, kn_export_prov(kode_wilayah) AS kode_provinsi FROM mart.service_outcomes;

-- export: ikm partitioned
SELECT *, CAST(year(tanggal_mulai) AS INTEGER) AS tahun, kn_export_prov(kode_wilayah) AS kode_provinsi FROM mart.ikm;

-- export: ikm_unsur partitioned
SELECT *, CAST(year(tanggal_mulai) AS INTEGER) AS tahun, kn_export_prov(kode_wilayah) AS kode_provinsi FROM mart.ikm_unsur;

-- export: performance_service_link partitioned
SELECT *, CAST(year(tanggal_mulai) AS INTEGER) AS tahun, kn_export_prov(kode_wilayah) AS kode_provinsi FROM mart.performance_service_link;

-- export: berakhlak_unit partitioned
SELECT *, CAST(year(tanggal_mulai) AS INTEGER) AS tahun, kn_export_prov(kode_wilayah) AS kode_provinsi FROM mart.berakhlak_unit;

-- export: rater_calibration partitioned
SELECT *, CAST(year(tanggal_mulai) AS INTEGER) AS tahun, kn_export_prov(kode_wilayah) AS kode_provinsi FROM mart.rater_calibration;

-- export: distribution_compliance partitioned
SELECT *, CAST(year(tanggal_mulai) AS INTEGER) AS tahun, kn_export_prov(kode_wilayah) AS kode_provinsi FROM mart.distribution_compliance;

-- export: training_compliance partitioned
SELECT * EXCLUDE (tahun), CAST(tahun AS INTEGER) AS tahun, kn_export_prov(kode_wilayah) AS kode_provinsi FROM mart.training_compliance;

-- export: region_summary partitioned
SELECT * EXCLUDE (tahun, kode_provinsi), CAST(tahun AS INTEGER) AS tahun, kn_export_prov(kode_provinsi) AS kode_provinsi FROM mart.region_summary;

-- export: region_benchmark partitioned
SELECT * EXCLUDE (tahun, kode_provinsi), CAST(tahun AS INTEGER) AS tahun, kn_export_prov(kode_provinsi) AS kode_provinsi FROM mart.region_benchmark;

-- export: talent_pool partitioned
SELECT * EXCLUDE (tahun), CAST(tahun AS INTEGER) AS tahun, kn_export_prov(kode_wilayah) AS kode_provinsi FROM mart.talent_pool;

-- export: promotion_merit partitioned
SELECT * EXCLUDE (tahun), CAST(tahun AS INTEGER) AS tahun, kn_export_prov(kode_wilayah) AS kode_provinsi FROM mart.promotion_merit;

-- export: training_needs partitioned
SELECT * EXCLUDE (tahun), CAST(tahun AS INTEGER) AS tahun, kn_export_prov(kode_wilayah) AS kode_provinsi FROM mart.training_needs;

-- export: training_needs_unit partitioned
SELECT * EXCLUDE (tahun), CAST(tahun AS INTEGER) AS tahun, kn_export_prov(kode_wilayah) AS kode_provinsi FROM mart.training_needs_unit;

-- export: data_quality
SELECT * FROM mart.data_quality;
