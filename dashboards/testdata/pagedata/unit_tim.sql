-- unit/<kode_unit_induk>.html "% Sangat Baik per anggota tim (IK 95 %) · <quarter>":
-- per quarter of mart.unit_team, the pooled team (labelled "Tim (gabungan)")
-- and each member: % Sangat Baik (series 0) and its Wilson interval
-- (0.bawah, 0.atas), drawn only where the share is shown. A member's
-- figures are masked as everywhere (mart.unit_performance's flags: '<5'
-- kelompok_kecil, '×' pelindung); the team's are withheld as well ('×')
-- when any member's is (the team total minus the members shown would give
-- it back).
WITH t AS (
    SELECT ut.*, f.pegawai_dinilai_alasan_ditahan AS a_peg, f.sangat_baik_alasan_ditahan AS a_sb,
           pd_pct(ut.persen_sangat_baik, ut.pegawai_dinilai, 1) AS sb0
    FROM mart.unit_team ut
    LEFT JOIN mart.unit_performance f ON ut.peran <> 'tim' AND f.kode_unit = ut.kode_unit AND f.periode = ut.periode
    WHERE ut.jenis_periode IN ('triwulan', 'semester', 'tahun')
), m AS (
    SELECT *,
           CASE WHEN peran = 'tim' THEN sb0
                WHEN 'kelompok_kecil' IN (a_peg, a_sb) THEN '<5'
                WHEN 'pelindung' IN (a_peg, a_sb) AND sb0 NOT IN ('', '<5') THEN '×'
                ELSE sb0 END AS sb1,
           CASE WHEN peran = 'tim' THEN pd_people(pegawai_dinilai) ELSE pd_masked(a_peg, pd_people(pegawai_dinilai)) END AS peg1
    FROM t
), v AS (
    SELECT *, CASE WHEN peran = 'tim' THEN 'Tim (gabungan)' ELSE nama_unit END AS k,
           CASE WHEN peran = 'tim' AND sb1 NOT IN ('', '<5') AND bool_or(peran <> 'tim' AND (sb1 IN ('<5', '×') OR peg1 IN ('<5', '×')
                     OR jumlah_sangat_baik BETWEEN 1 AND 4)) OVER (PARTITION BY kode_unit_induk, periode) THEN '×'
                ELSE sb1 END AS sb,
           CASE WHEN peran = 'tim' AND peg1 NOT IN ('', '<5') AND bool_or(peran <> 'tim' AND peg1 IN ('<5', '×'))
                     OVER (PARTITION BY kode_unit_induk, periode) THEN '×' ELSE peg1 END AS peg
    FROM m
)
SELECT 'chart' AS target, 'unit/' || kode_unit_induk || '.html' AS page, periode AS variant, k, '0' AS s, sb AS v FROM v
UNION ALL
SELECT 'chart', 'unit/' || kode_unit_induk || '.html', periode, k, '0.bawah', pd_num(persen_sangat_baik_bawah, 1) FROM v
WHERE sb NOT IN ('', '<5', '×') AND persen_sangat_baik_bawah IS NOT NULL
UNION ALL
SELECT 'chart', 'unit/' || kode_unit_induk || '.html', periode, k, '0.atas', pd_num(persen_sangat_baik_atas, 1) FROM v
WHERE sb NOT IN ('', '<5', '×') AND persen_sangat_baik_atas IS NOT NULL
UNION ALL
SELECT 'csv', 'data/unit/' || kode_wilayah || '_tim.csv', '', kode_unit_induk || '|' || periode || '|' || peran || '|' || kode_unit, x.c, x.v
FROM (SELECT *, unnest([
        {c: 'pegawai_dinilai', v: peg},
        {c: 'persen_sangat_baik', v: sb},
        {c: 'persen_tepat_waktu', v: pd_num(persen_tepat_waktu, 1)},
        {c: 'responden', v: pd_num(responden, 0)},
        {c: 'ikm', v: pd_num(ikm, 2)},
        {c: 'mutu', v: coalesce(mutu, '')}]) AS x
      FROM v);
