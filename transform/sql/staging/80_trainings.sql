-- stg.trainings: one row per (nip, kegiatan, tanggal_mulai).
CREATE OR REPLACE VIEW stg.trainings AS
SELECT * EXCLUDE (rn) FROM (
    SELECT *, row_number() OVER (PARTITION BY nip, kegiatan, tanggal_mulai ORDER BY _batch DESC, _line DESC) AS rn
    FROM raw.trainings
) WHERE rn = 1;
