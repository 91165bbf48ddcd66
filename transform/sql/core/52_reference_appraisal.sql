-- core.reference_appraisal: grain = one person (nip) x year (tahun) with an
-- atasan appraisal: the year's reference appraisal, the annual atasan
-- appraisal, else the latest atasan appraisal of the year (every column of
-- core.fact_appraisal). mart.talent_pool and mart.training_needs read it
-- (through core.reference_appraisals(y), core/99_macros.sql): computed once
-- here instead of once per mart, each a window and a semi join over the
-- year's appraisals (issue 14). The window sorts the keys and the rowid of
-- the atasan rows only; the winning rows are then taken whole by rowid.
-- Everything here is per year, so a refresh reads only the years it
-- recomputes.
-- refresh: tahun >= {{year}}
CREATE OR REPLACE TABLE core.reference_appraisal AS
WITH winners AS (
    SELECT rid FROM (
        SELECT rowid AS rid,
               row_number() OVER (PARTITION BY nip, tahun
                                  ORDER BY jenis_periode = 'tahun' DESC, tanggal_selesai DESC, tanggal_mulai) AS rn
        FROM core.fact_appraisal WHERE sumber = 'atasan' AND tahun >= {{year}}
    ) WHERE rn = 1
)
SELECT * EXCLUDE (rid)
FROM (SELECT rowid AS rid, * FROM core.fact_appraisal WHERE sumber = 'atasan' AND tahun >= {{year}}) f
SEMI JOIN winners USING (rid);
