-- stg.employees: one row per (nip, berlaku_mulai): an assignment. A later
-- berlaku_mulai is a move or a promotion, not a duplicate.
CREATE OR REPLACE VIEW stg.employees AS
SELECT * EXCLUDE (rn) FROM (
    SELECT *, row_number() OVER (PARTITION BY nip, berlaku_mulai ORDER BY _batch DESC, _line DESC) AS rn
    FROM raw.employees
) WHERE rn = 1;
