-- wilayah/<kode>.html "Nilai kinerja vs. capaian sektor · <quarter>": one
-- point per unit with both figures shown, x = capaian_sektor (the mean
-- attainment of its sector indicators), y = % Sangat Baik
-- (mart.performance_service_link, masked by its flags); a unit with either
-- figure masked or
-- missing is no point. The table and CSV keep every unit of the health and
-- education sectors and every unit with sector indicators of its own.
WITH u AS (
    SELECT *, pd_masked(sangat_baik_alasan_ditahan, pd_pct(persen_sangat_baik, pegawai_dinilai, 1)) AS sb, pd_num(capaian_sektor, 1) AS cap
    FROM mart.performance_service_link
    WHERE jenis_periode IN ('triwulan', 'semester', 'tahun') AND (sektor IN ('kesehatan', 'pendidikan') OR indikator_sektor > 0)
)
SELECT 'chart' AS target, 'wilayah/' || kode_wilayah || '.html' AS page, periode AS variant, nama_unit AS k, x.s, x.v
FROM (SELECT *, unnest([{s: 'x', v: cap}, {s: 'y', v: sb}]) AS x FROM u WHERE sb NOT IN ('', '<5', '×') AND cap <> '')
UNION ALL
SELECT 'csv', 'data/wilayah_' || kode_wilayah || '_sektor_unit.csv', '', periode || '|' || kode_unit, x.c, x.v
FROM (SELECT *, unnest([
        {c: 'pegawai_dinilai', v: pd_masked(pegawai_dinilai_alasan_ditahan, pd_people(pegawai_dinilai))}, {c: 'persen_sangat_baik', v: sb},
        {c: 'indikator_sektor', v: pd_num(indikator_sektor, 0)}, {c: 'capaian_sektor', v: cap},
        {c: 'indikator_memenuhi_target', v: pd_num(indikator_memenuhi_target, 0)},
        {c: 'indikator_memburuk', v: pd_num(indikator_memburuk, 0)},
        {c: 'memburuk_beruntun_maks', v: pd_num(memburuk_beruntun_maks, 0)},
        {c: 'indikator_memburuk_beruntun', v: coalesce(indikator_memburuk_beruntun, '')},
        {c: 'label_sektor', v: coalesce(label_sektor, '')}]) AS x
      FROM u);
