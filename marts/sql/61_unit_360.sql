-- mart.unit_360
-- Grain: one unit x appraisal period with atasan appraisals. The 360 view of
-- the unit: how the people's self (diri) and peer (rekan) ratings differ
-- from their supervisor's (atasan, the official one), and how many of the
-- unit's raters rate leniently or severely.
-- Every appraisal is scored by core.nilai_skor, as in mart.rater_calibration:
-- di_bawah = 1, sesuai = 2, di_atas = 3 on hasil kerja and on perilaku
-- kerja, the score their mean (1-3); a person with several ratings of one
-- source in the period (several peers) has their mean.
--   pegawai_atasan: people with an atasan rating; pegawai_diri, pegawai_rekan:
--     those of them who also rated themselves / were rated by a peer;
--   rata_atasan, rata_diri, rata_rekan: the mean score of each source over
--     those people;
--   selisih_diri_atasan, selisih_rekan_atasan: the mean over the same people
--     of (their diri / rekan score - their atasan score): positive = people
--     (peers) see them higher than the supervisor does;
--     selisih_diri_rekan: over the people with both;
--   penilai: the raters of mart.rater_calibration whose unit this is (the
--     rater's own unit), penilai_dinilai_cukup those of them with a label (at
--     least 5 people rated), penilai_lunak, penilai_ketat, penilai_wajar by
--     that mart's label, whose rule is the one definition used here:
--     lunak: >= 80 % of the people rated di atas ekspektasi on hasil kerja,
--     or the rater's mean score >= 0.5 above the mean of the units rated;
--     ketat: >= 50 % rated di bawah, or the mean >= 0.5 below; wajar: else.
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE mart.unit_360 AS
WITH per_orang AS (
    SELECT kode_unit, periode, nip,
        avg(core.nilai_skor(hasil_kerja, perilaku_kerja)) FILTER (WHERE sumber = 'atasan') AS atasan,
        avg(core.nilai_skor(hasil_kerja, perilaku_kerja)) FILTER (WHERE sumber = 'diri') AS diri,
        avg(core.nilai_skor(hasil_kerja, perilaku_kerja)) FILTER (WHERE sumber = 'rekan') AS rekan
    FROM core.fact_appraisal
    WHERE tanggal_mulai >= {{start}} AND kode_unit IS NOT NULL
    GROUP BY kode_unit, periode, nip
),
agg AS (
    SELECT kode_unit, periode,
        count(atasan) AS pegawai_atasan,
        count(*) FILTER (WHERE atasan IS NOT NULL AND diri IS NOT NULL) AS pegawai_diri,
        count(*) FILTER (WHERE atasan IS NOT NULL AND rekan IS NOT NULL) AS pegawai_rekan,
        avg(atasan) AS rata_atasan,
        avg(diri) FILTER (WHERE atasan IS NOT NULL) AS rata_diri,
        avg(rekan) FILTER (WHERE atasan IS NOT NULL) AS rata_rekan,
        avg(diri - atasan) AS selisih_diri_atasan,
        avg(rekan - atasan) AS selisih_rekan_atasan,
        avg(diri - rekan) FILTER (WHERE atasan IS NOT NULL) AS selisih_diri_rekan
    FROM per_orang
    GROUP BY kode_unit, periode
    HAVING count(atasan) > 0
),
penilai AS (
    SELECT kode_unit, periode,
        count(*) AS penilai,
        count(label) AS penilai_dinilai_cukup,
        count(*) FILTER (WHERE label = 'lunak') AS penilai_lunak,
        count(*) FILTER (WHERE label = 'ketat') AS penilai_ketat,
        count(*) FILTER (WHERE label = 'wajar') AS penilai_wajar
    FROM mart.rater_calibration
    WHERE kode_unit IS NOT NULL
    GROUP BY ALL
)
SELECT
    a.kode_unit, u.nama_unit, u.kode_wilayah, r.nama AS nama_wilayah,
    a.periode, p.jenis_periode, p.tanggal_mulai,
    CAST(a.pegawai_atasan AS INTEGER) AS pegawai_atasan,
    CAST(a.pegawai_diri AS INTEGER) AS pegawai_diri,
    CAST(a.pegawai_rekan AS INTEGER) AS pegawai_rekan,
    a.rata_atasan, a.rata_diri, a.rata_rekan,
    a.selisih_diri_atasan, a.selisih_rekan_atasan, a.selisih_diri_rekan,
    CAST(coalesce(n.penilai, 0) AS INTEGER) AS penilai,
    CAST(coalesce(n.penilai_dinilai_cukup, 0) AS INTEGER) AS penilai_dinilai_cukup,
    CAST(coalesce(n.penilai_lunak, 0) AS INTEGER) AS penilai_lunak,
    CAST(coalesce(n.penilai_ketat, 0) AS INTEGER) AS penilai_ketat,
    CAST(coalesce(n.penilai_wajar, 0) AS INTEGER) AS penilai_wajar
FROM agg a
JOIN core.dim_period p ON p.periode = a.periode
JOIN core.dim_unit u ON u.kode_unit = a.kode_unit
LEFT JOIN core.dim_region r ON r.kode_wilayah = u.kode_wilayah
LEFT JOIN penilai n ON n.kode_unit = a.kode_unit AND n.periode = a.periode;
