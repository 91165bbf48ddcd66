-- unit/<kode_unit_induk>.html "% Sangat Baik per anggota tim (IK 95 %) · <quarter>":
-- per quarter of mart.unit_team, the pooled team (labelled "Tim (gabungan)")
-- and each member: % Sangat Baik (series 0) and its Wilson interval
-- (0.bawah, 0.atas), drawn only where the share is shown. A member's share
-- follows the page rule; the team's is withheld as well when any member's
-- people or Sangat Baik count is 1-4 (the team total minus the members
-- shown would give it back): withheld as linked, '×'.
WITH t AS (
    SELECT *, bool_or(peran <> 'tim' AND (pegawai_dinilai BETWEEN 1 AND 4 OR jumlah_sangat_baik BETWEEN 1 AND 4))
                  OVER (PARTITION BY kode_unit_induk, periode) AS anggota_kecil
    FROM mart.unit_team WHERE jenis_periode IN ('triwulan', 'semester', 'tahun')
), v AS (
    SELECT *, CASE WHEN peran = 'tim' THEN 'Tim (gabungan)' ELSE nama_unit END AS k,
           CASE WHEN peran = 'tim' AND anggota_kecil AND pd_pct(persen_sangat_baik, pegawai_dinilai, 1) NOT IN ('', '<5') THEN '×'
                ELSE pd_pct(persen_sangat_baik, pegawai_dinilai, 1) END AS sb,
           CASE WHEN peran = 'tim' AND pegawai_dinilai >= 5 AND bool_or(peran <> 'tim' AND pegawai_dinilai BETWEEN 1 AND 4)
                     OVER (PARTITION BY kode_unit_induk, periode) THEN '×' ELSE pd_people(pegawai_dinilai) END AS peg
    FROM t
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
