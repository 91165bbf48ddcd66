-- mart.unit_team
-- Grain: one team x period x member. A team is a unit with sub-units
-- (kode_unit_induk, core.dim_unit) together with every unit under it at any
-- depth; for each period with figures it has one row per member that has
-- figures (peran induk: the unit itself, its own people and services;
-- peran sub_unit: a unit under it, jarak 1 = directly under it) and one
-- rolled-up row (peran tim, kode_unit = kode_unit_induk, jarak 0) over all
-- its members. Computed on full data: a member of under 5 people counts in
-- the team's figures; a page masks its own row, never leaves it out.
-- The same figures on every row, rolled up by pooling, never by averaging
-- the members' percentages:
--   pegawai_dinilai, jumlah_<predikat>: mart.unit_performance's counts,
--     summed; persen_sangat_baik = jumlah_sangat_baik / pegawai_dinilai, with
--     its Wilson 95 % interval (persen_sangat_baik_bawah, _atas);
--   permohonan, selesai, tepat_waktu, selesai_berbatas: mart.service_outcomes'
--     counts over every layanan, summed; persen_tepat_waktu = tepat_waktu /
--     selesai_berbatas, with its Wilson interval (NULL without requests);
--   responden, ikm, mutu: the respondents summed, and the IKM of the pooled
--     answers: per element the mean over all the members' respondents
--     (sum of nrr x respondents / respondents, mart.ikm_unsur), scored by
--     core.ikm_score (25 x sum(nrr x 1/9)) - on a member's row its mart.ikm;
--   unit_anggota: members with figures in the period (1 on a member's row).
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE mart.unit_team AS
WITH RECURSIVE turunan(kode_unit_induk, kode_unit, jarak) AS (
    SELECT d.kode_unit_induk, d.kode_unit, 1 FROM core.dim_unit d
    WHERE d.kode_unit_induk IN (SELECT kode_unit FROM core.dim_unit)
    UNION ALL
    SELECT d.kode_unit_induk, t.kode_unit, t.jarak + 1
    FROM turunan t JOIN core.dim_unit d ON d.kode_unit = t.kode_unit_induk
    WHERE d.kode_unit_induk IN (SELECT kode_unit FROM core.dim_unit) AND t.jarak < 20
),
anggota AS (
    -- every member once: the team's own unit, and each unit under it
    SELECT kode_unit_induk, kode_unit, 'sub_unit' AS peran, min(jarak) AS jarak
    FROM turunan WHERE kode_unit <> kode_unit_induk GROUP BY ALL
    UNION ALL
    SELECT DISTINCT kode_unit_induk, kode_unit_induk, 'induk', 0 FROM turunan
),
baris AS (
    -- the units each row pools: a member's row itself, the team row all members
    SELECT kode_unit_induk, peran, kode_unit, jarak, kode_unit AS dari FROM anggota
    UNION ALL
    SELECT kode_unit_induk, 'tim', kode_unit_induk, 0, kode_unit FROM anggota
),
perf AS (
    SELECT kode_unit, periode, pegawai_dinilai, jumlah_sangat_baik, jumlah_baik, jumlah_butuh_perbaikan,
           jumlah_kurang, jumlah_sangat_kurang
    FROM mart.unit_performance WHERE tanggal_mulai >= {{start}}
),
svc AS (
    SELECT kode_unit, periode, sum(permohonan) AS permohonan, sum(selesai) AS selesai,
           sum(tepat_waktu) AS tepat_waktu, sum(selesai_berbatas) AS selesai_berbatas
    FROM mart.service_outcomes WHERE tanggal_mulai >= {{start}} GROUP BY ALL
),
ikm AS (
    SELECT kode_unit, periode, responden FROM mart.ikm WHERE tanggal_mulai >= {{start}}
),
fig AS (
    SELECT kode_unit, periode FROM perf UNION SELECT kode_unit, periode FROM svc UNION SELECT kode_unit, periode FROM ikm
),
pooled AS (
    SELECT b.kode_unit_induk, b.peran, b.kode_unit, b.jarak, f.periode,
        count(*) AS unit_anggota,
        sum(p.pegawai_dinilai) AS pegawai_dinilai, sum(p.jumlah_sangat_baik) AS jumlah_sangat_baik,
        sum(p.jumlah_baik) AS jumlah_baik, sum(p.jumlah_butuh_perbaikan) AS jumlah_butuh_perbaikan,
        sum(p.jumlah_kurang) AS jumlah_kurang, sum(p.jumlah_sangat_kurang) AS jumlah_sangat_kurang,
        sum(s.permohonan) AS permohonan, sum(s.selesai) AS selesai,
        sum(s.tepat_waktu) AS tepat_waktu, sum(s.selesai_berbatas) AS selesai_berbatas,
        sum(i.responden) AS responden
    FROM baris b
    JOIN fig f ON f.kode_unit = b.dari
    LEFT JOIN perf p ON p.kode_unit = f.kode_unit AND p.periode = f.periode
    LEFT JOIN svc s ON s.kode_unit = f.kode_unit AND s.periode = f.periode
    LEFT JOIN ikm i ON i.kode_unit = f.kode_unit AND i.periode = f.periode
    GROUP BY b.kode_unit_induk, b.peran, b.kode_unit, b.jarak, f.periode
),
unsur AS (
    SELECT b.kode_unit_induk, b.peran, b.kode_unit, e.periode, e.unsur,
           sum(e.nrr * e.responden) / sum(e.responden) AS nrr
    FROM baris b
    JOIN mart.ikm_unsur e ON e.kode_unit = b.dari AND e.tanggal_mulai >= {{start}}
    GROUP BY ALL
),
ikm_tim AS (
    SELECT kode_unit_induk, peran, kode_unit, periode,
        core.ikm_score(
            any_value(nrr) FILTER (WHERE unsur = 'persyaratan'), any_value(nrr) FILTER (WHERE unsur = 'prosedur'),
            any_value(nrr) FILTER (WHERE unsur = 'waktu'), any_value(nrr) FILTER (WHERE unsur = 'biaya'),
            any_value(nrr) FILTER (WHERE unsur = 'produk'), any_value(nrr) FILTER (WHERE unsur = 'kompetensi'),
            any_value(nrr) FILTER (WHERE unsur = 'perilaku'), any_value(nrr) FILTER (WHERE unsur = 'pengaduan'),
            any_value(nrr) FILTER (WHERE unsur = 'sarana')) AS ikm
    FROM unsur GROUP BY ALL
)
SELECT
    p.kode_unit_induk, ui.nama_unit AS nama_unit_induk, ui.kode_wilayah, r.nama AS nama_wilayah,
    p.periode, d.jenis_periode, d.tanggal_mulai,
    p.peran, p.kode_unit, u.nama_unit, u.sektor, CAST(p.jarak AS INTEGER) AS jarak,
    CAST(p.unit_anggota AS INTEGER) AS unit_anggota,
    CAST(p.pegawai_dinilai AS INTEGER) AS pegawai_dinilai,
    CAST(p.jumlah_sangat_baik AS INTEGER) AS jumlah_sangat_baik,
    CAST(p.jumlah_baik AS INTEGER) AS jumlah_baik,
    CAST(p.jumlah_butuh_perbaikan AS INTEGER) AS jumlah_butuh_perbaikan,
    CAST(p.jumlah_kurang AS INTEGER) AS jumlah_kurang,
    CAST(p.jumlah_sangat_kurang AS INTEGER) AS jumlah_sangat_kurang,
    100.0 * p.jumlah_sangat_baik / nullif(p.pegawai_dinilai, 0) AS persen_sangat_baik,
    core.wilson_bawah(p.jumlah_sangat_baik, p.pegawai_dinilai) AS persen_sangat_baik_bawah,
    core.wilson_atas(p.jumlah_sangat_baik, p.pegawai_dinilai) AS persen_sangat_baik_atas,
    CAST(p.permohonan AS BIGINT) AS permohonan, CAST(p.selesai AS BIGINT) AS selesai,
    CAST(p.tepat_waktu AS BIGINT) AS tepat_waktu, CAST(p.selesai_berbatas AS BIGINT) AS selesai_berbatas,
    100.0 * p.tepat_waktu / nullif(p.selesai_berbatas, 0) AS persen_tepat_waktu,
    core.wilson_bawah(p.tepat_waktu, p.selesai_berbatas) AS persen_tepat_waktu_bawah,
    core.wilson_atas(p.tepat_waktu, p.selesai_berbatas) AS persen_tepat_waktu_atas,
    CAST(p.responden AS BIGINT) AS responden, k.ikm, m.mutu
FROM pooled p
JOIN core.dim_period d ON d.periode = p.periode
JOIN core.dim_unit ui ON ui.kode_unit = p.kode_unit_induk
JOIN core.dim_unit u ON u.kode_unit = p.kode_unit
LEFT JOIN core.dim_region r ON r.kode_wilayah = ui.kode_wilayah
LEFT JOIN ikm_tim k ON k.kode_unit_induk = p.kode_unit_induk AND k.peran = p.peran
    AND k.kode_unit = p.kode_unit AND k.periode = p.periode
LEFT JOIN core.ref_ikm_mutu m ON round(k.ikm, 2) BETWEEN m.ikm_min AND m.ikm_max;
