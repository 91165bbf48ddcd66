-- The refresh bench's new quarter, written from a built warehouse: the
-- latest quarter's appraisals again as the next quarter, and its Dukcapil
-- requests and IKM responses moved on by the quarter's length in days, with
-- new ids (whole days, not INTERVAL 3 MONTH: month arithmetic clamps 30
-- November to 28 February and would put some finishes before their
-- submissions). {{dir}} is the output directory. The files are read back by
-- kinerja ingest.
CREATE OR REPLACE TEMP TABLE kb_next AS
WITH latest AS (
    SELECT max(periode) AS periode FROM raw.appraisals WHERE periode LIKE '____-Q_'
)
SELECT periode AS latest,
       CASE WHEN right(periode, 1) = '4' THEN (CAST(left(periode, 4) AS INTEGER) + 1) || '-Q1'
            ELSE left(periode, 6) || (CAST(right(periode, 1) AS INTEGER) + 1) END AS next,
       CAST(make_date(CAST(left(periode, 4) AS INTEGER), 3 * CAST(right(periode, 1) AS INTEGER) - 2, 1) AS TIMESTAMP) AS q_start,
       to_days(CAST(date_diff('day', q_start, q_start + INTERVAL 3 MONTH) AS INTEGER)) AS shift
FROM latest;

COPY (
    SELECT a.* EXCLUDE (_batch, _line) REPLACE ((SELECT next FROM kb_next) AS periode)
    FROM raw.appraisals a WHERE a.periode = (SELECT latest FROM kb_next)
) TO '{{dir}}/penilaian_next.csv' (HEADER);

COPY (
    SELECT r.* EXCLUDE (_batch, _line) REPLACE (
        r.id_permohonan || '-N' AS id_permohonan,
        r.diajukan + (SELECT shift FROM kb_next) AS diajukan,
        r.selesai + (SELECT shift FROM kb_next) AS selesai)
    FROM raw.service_requests r
    WHERE r.diajukan >= (SELECT q_start FROM kb_next) AND r.diajukan < (SELECT q_start FROM kb_next) + INTERVAL 3 MONTH
) TO '{{dir}}/permohonan_next.csv' (HEADER);

COPY (
    SELECT s.* EXCLUDE (_batch, _line) REPLACE (
        s.id_responden || '-N' AS id_responden,
        CAST(s.tanggal + (SELECT shift FROM kb_next) AS DATE) AS tanggal)
    FROM raw.survey_responses s
    WHERE s.tanggal >= (SELECT q_start FROM kb_next) AND s.tanggal < (SELECT q_start FROM kb_next) + INTERVAL 3 MONTH
) TO '{{dir}}/skm_next.csv' (HEADER);
