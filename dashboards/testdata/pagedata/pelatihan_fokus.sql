-- pelatihan.html "Fokus pelatihan (kompetensi) yang direkomendasikan ·
-- <year>": the people per recommended training focus, every region
-- (mart.training_needs).
WITH f AS (
    SELECT tahun, fokus_pelatihan, count(*) AS n FROM mart.training_needs
    WHERE fokus_pelatihan IS NOT NULL GROUP BY ALL
)
SELECT 'chart' AS target, 'pelatihan.html' AS page, tahun::VARCHAR AS variant, fokus_pelatihan AS k, '0' AS s, pd_people(n) AS v FROM f
UNION ALL
SELECT 'csv', 'data/pelatihan_fokus_' || tahun || '.csv', '', fokus_pelatihan, 'pegawai', pd_people(n) FROM f;
