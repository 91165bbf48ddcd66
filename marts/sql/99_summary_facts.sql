-- mart.summary_facts
-- Grain: one fact x subject of a region (tingkat wilayah: kode_unit NULL) or
-- of a unit (tingkat unit), in the scope's latest period of the fact's
-- preferred kind (triwulan, else semester, else tahun, else bulan; a
-- year for the yearly marts). The candidate facts of the written summary at
-- the top of region and unit pages: each with the numbers its sentence
-- says, never a sentence. Which facts become sentences, in what order and
-- words, is decided by one rules file, dashboards/summary/rules.yaml
-- (docs/DASHBOARDS.md, "Ringkasan"); this mart only computes.
-- A region page reads its own facts (tingkat wilayah) and, for the facts
-- about one unit (keselarasan, sektor, berakhlak, penilai_lunak), those of
-- its units whose period is the region's latest (terkini).
-- Small groups: every count of people a sentence could say is NULL when it
-- is 1-4 (core.orang_boleh), and a share of people is NULL when fewer than
-- 5 people stand under it or it counts 1-4 of them (core.persen_boleh,
-- the pages' rule, kit.Pct); an interval is NULL with its share. So the
-- summary cannot say what a page masks.
-- fakta, and what its columns hold (other columns NULL):
--   layanan (wilayah: mart.region_service; unit: mart.service_outcomes),
--     subjek = layanan: nilai median_jam, nilai_sebelumnya and
--     periode_sebelumnya the previous period of the same kind with
--     requests, perubahan = nilai - nilai_sebelumnya, perubahan_persen =
--     100 x perubahan / nilai_sebelumnya, target batas_jam, persen
--     persen_tepat_waktu (bawah, atas: its Wilson interval, units only),
--     jumlah selesai, dasar permohonan, beruntun: periods in a row, up to
--     this one, the median moved the way it moved now (0 when unchanged);
--     skor |perubahan_persen|;
--   ikm (unit: mart.ikm; wilayah: mart.region_summary's pooled IKM):
--     nilai ikm, nilai_sebelumnya, perubahan, mutu, responden; unit:
--     sampel_minimum, sampel_cukup (mart.ikm); wilayah: jumlah the units
--     whose IKM is under their minimum sample, dasar the units with an IKM,
--     sampel_cukup = (jumlah = 0); skor 100 - ikm;
--   ikm_unsur (unit, mart.ikm): subjek unsur_terendah (the weakest of the
--     nine elements), nilai nrr_terendah (1-4), responden, sampel_cukup;
--     skor 4 - nilai;
--   keselarasan_layanan (unit, mart.performance_service_link): label
--     label_keselarasan, persen persen_sangat_baik (bawah, atas: Wilson,
--     mart.unit_performance), dasar pegawai_dinilai, nilai ikm, mutu,
--     peringkat peringkat_layanan of dari unit_dibandingkan, responden,
--     sampel_minimum, sampel_cukup (mart.ikm); skor persen;
--   keselarasan_sektor (unit, mart.performance_service_link): label
--     label_sektor, persen, bawah, atas, dasar as above, subjek
--     indikator_memburuk_beruntun, beruntun memburuk_beruntun_maks, nilai,
--     target, satuan: that indicator in mart.sector_outcomes; skor beruntun;
--   sektor (unit x indicator, mart.sector_outcomes): subjek indikator,
--     nilai, nilai_sebelumnya, periode_sebelumnya, perubahan, target,
--     satuan, persen capaian_persen, label tren, beruntun
--     memburuk_beruntun; skor beruntun + how far short of target (0-1);
--   korelasi_ikm, korelasi_sektor (wilayah, mart.performance_service_link,
--     the latest period with a unit that has both sides): nilai Spearman's
--     rho of % Sangat Baik and IKM (capaian_sektor), bawah, atas its 95 %
--     interval (core.spearman_bawah / _atas), dasar the units compared,
--     terlalu_sedikit_unit: fewer than 8 (as performance_service_link's);
--   berakhlak (unit, mart.berakhlak_unit): the BerAKHLAK value with the
--     largest share of people rated di_bawah that may be shown: subjek the
--     value, persen persen_di_bawah, bawah, atas (Wilson), jumlah di_bawah,
--     dasar dinilai; skor persen;
--   penilai_lunak (unit, mart.unit_360 and mart.rater_calibration): jumlah
--     penilai_lunak, dari penilai_dinilai_cukup, dasar the people those
--     lenient raters rated, persen the share of them rated di_atas on hasil
--     kerja; skor jumlah;
--   selisih_360 (unit, mart.unit_360): nilai selisih_diri_atasan (self minus
--     supervisor, 1-3 scale), dasar pegawai_diri (nilai NULL under 5);
--     skor |nilai|;
--   kurang_20_jp (wilayah: mart.region_training; unit:
--     mart.training_compliance; a year): persen persen_kurang_20_jp,
--     persen_sebelumnya the year before, perubahan (points), jumlah
--     pegawai_kurang_20_jp, dasar pegawai; wilayah: peringkat
--     peringkat_kurang_20_jp of dari wilayah_dibandingkan
--     (mart.region_benchmark; the largest share has the largest rank);
--     skor persen;
--   promosi (wilayah, mart.promotion_merit_region, its years pooled from
--     periode_mulai to periode): persen the checked promotions from
--     outside the promotion pool, jumlah those, dasar the checked ones;
--     jumlah, dasar, bawah and atas are NULL when inside or outside is 1-4
--     people (either count gives the other away); skor persen;
--   keberatan (wilayah: summed over its units; unit; mart.
--     appraisal_response_unit): persen persen_keberatan, jumlah keberatan,
--     dasar pegawai_dinilai, nilai the share of decided objections granted
--     (NULL when granted or rejected is 1-4 people); skor persen;
--   nilai (wilayah: mart.region_performance; unit: mart.unit_performance):
--     persen persen_sangat_baik, bawah, atas (Wilson), persen_sebelumnya,
--     perubahan (points), jumlah jumlah_sangat_baik, dasar pegawai_dinilai;
--     skor 0.
-- periode_mulai is periode but for a fact over several periods (promosi).
-- terkini: the fact's period is the latest of its fakta and kind in its
-- region (always true on a wilayah fact).
CREATE OR REPLACE MACRO core.urutan_jenis_periode(j) AS
    CASE j WHEN 'triwulan' THEN 0 WHEN 'semester' THEN 1 WHEN 'tahun' THEN 2 WHEN 'bulan' THEN 3 ELSE 4 END;

-- A count of people as a sentence may say it: NULL when it is 1-4.
CREATE OR REPLACE MACRO core.orang_boleh(k) AS CASE WHEN k BETWEEN 1 AND 4 THEN NULL ELSE k END;

-- A share p of k of n people as a sentence may say it (the pages' rule,
-- kit.Pct): NULL when n < 5 or k is 1-4.
CREATE OR REPLACE MACRO core.persen_boleh(p, k, n) AS CASE WHEN n >= 5 AND NOT (k BETWEEN 1 AND 4) THEN p END;

CREATE OR REPLACE TABLE mart.summary_facts AS
WITH
svc AS (
    SELECT 'wilayah' AS tingkat, kode_wilayah, CAST(NULL AS VARCHAR) AS kode_unit, layanan, periode, jenis_periode, tanggal_mulai,
        median_jam, batas_jam, persen_tepat_waktu, CAST(NULL AS DOUBLE) AS bawah, CAST(NULL AS DOUBLE) AS atas, selesai, permohonan
    FROM mart.region_service
    UNION ALL
    SELECT 'unit', kode_wilayah, kode_unit, layanan, periode, jenis_periode, tanggal_mulai,
        median_jam, batas_jam, persen_tepat_waktu, persen_tepat_waktu_bawah, persen_tepat_waktu_atas, selesai, permohonan
    FROM mart.service_outcomes
),
-- the previous period of the same kind with a median, and the way it moved
svc_arah AS (
    SELECT *, lag(median_jam) OVER w AS median_lalu, lag(periode) OVER w AS periode_lalu,
        sign(median_jam - lag(median_jam) OVER w) AS arah
    FROM svc WHERE median_jam IS NOT NULL
    WINDOW w AS (PARTITION BY tingkat, kode_wilayah, kode_unit, layanan, jenis_periode ORDER BY tanggal_mulai)
),
-- runs of the same way (gaps and islands): a new island where arah changes
svc_pulau AS (
    SELECT *, sum(CASE WHEN arah IS NOT DISTINCT FROM arah_lalu THEN 0 ELSE 1 END)
        OVER (PARTITION BY tingkat, kode_wilayah, kode_unit, layanan, jenis_periode ORDER BY tanggal_mulai ROWS UNBOUNDED PRECEDING) AS pulau
    FROM (SELECT *, lag(arah) OVER (PARTITION BY tingkat, kode_wilayah, kode_unit, layanan, jenis_periode ORDER BY tanggal_mulai) AS arah_lalu
          FROM svc_arah)
),
f_layanan AS (
    SELECT tingkat, kode_wilayah, kode_unit, 'layanan' AS fakta, layanan AS subjek, periode, jenis_periode, tanggal_mulai,
        periode_lalu AS periode_sebelumnya, median_jam AS nilai, median_lalu AS nilai_sebelumnya,
        median_jam - median_lalu AS perubahan, 100.0 * (median_jam - median_lalu) / nullif(median_lalu, 0) AS perubahan_persen,
        batas_jam AS target, persen_tepat_waktu AS persen, bawah, atas, selesai AS jumlah, permohonan AS dasar,
        CASE WHEN arah <> 0 THEN count(*) OVER (PARTITION BY tingkat, kode_wilayah, kode_unit, layanan, jenis_periode, pulau
                                                ORDER BY tanggal_mulai ROWS UNBOUNDED PRECEDING) ELSE 0 END AS beruntun,
        abs(100.0 * (median_jam - median_lalu) / nullif(median_lalu, 0)) AS skor
    FROM svc_pulau
    QUALIFY rank() OVER (PARTITION BY tingkat, kode_wilayah, kode_unit
                         ORDER BY core.urutan_jenis_periode(jenis_periode), tanggal_mulai DESC) = 1
),
f_ikm_unit AS (
    SELECT 'unit' AS tingkat, kode_wilayah, kode_unit, 'ikm' AS fakta, periode, jenis_periode, tanggal_mulai,
        lag(periode) OVER w AS periode_sebelumnya, ikm AS nilai, lag(ikm) OVER w AS nilai_sebelumnya, ikm - lag(ikm) OVER w AS perubahan,
        mutu, responden, sampel_minimum, sampel_cukup, 100 - ikm AS skor
    FROM mart.ikm WHERE ikm IS NOT NULL
    WINDOW w AS (PARTITION BY kode_unit, jenis_periode ORDER BY tanggal_mulai)
    QUALIFY rank() OVER (PARTITION BY kode_unit ORDER BY core.urutan_jenis_periode(jenis_periode), tanggal_mulai DESC) = 1
),
f_ikm_unsur AS (
    SELECT 'unit' AS tingkat, kode_wilayah, kode_unit, 'ikm_unsur' AS fakta, unsur_terendah AS subjek, nama_unsur_terendah AS nama_subjek,
        periode, jenis_periode, tanggal_mulai, nrr_terendah AS nilai, responden, sampel_cukup, 4 - nrr_terendah AS skor
    FROM mart.ikm WHERE ikm IS NOT NULL AND unsur_terendah IS NOT NULL
    QUALIFY rank() OVER (PARTITION BY kode_unit ORDER BY core.urutan_jenis_periode(jenis_periode), tanggal_mulai DESC) = 1
),
ikm_wilayah AS (
    SELECT kode_wilayah, periode, count(*) AS unit_ikm, count(*) FILTER (WHERE NOT sampel_cukup) AS unit_sampel_kurang, sum(responden) AS responden
    FROM mart.ikm WHERE ikm IS NOT NULL
    GROUP BY ALL
),
f_ikm_wilayah AS (
    SELECT 'wilayah' AS tingkat, s.kode_wilayah, 'ikm' AS fakta, s.periode, s.jenis_periode, s.tanggal_mulai,
        lag(s.periode) OVER w AS periode_sebelumnya, s.ikm AS nilai, lag(s.ikm) OVER w AS nilai_sebelumnya, s.ikm - lag(s.ikm) OVER w AS perubahan,
        s.mutu, u.responden, u.unit_sampel_kurang AS jumlah, u.unit_ikm AS dasar, u.unit_sampel_kurang = 0 AS sampel_cukup, 100 - s.ikm AS skor
    FROM mart.region_summary s
    LEFT JOIN ikm_wilayah u ON u.kode_wilayah = s.kode_wilayah AND u.periode = s.periode
    WHERE s.ikm IS NOT NULL
    WINDOW w AS (PARTITION BY s.kode_wilayah, s.jenis_periode ORDER BY s.tanggal_mulai)
    QUALIFY rank() OVER (PARTITION BY s.kode_wilayah ORDER BY core.urutan_jenis_periode(s.jenis_periode), s.tanggal_mulai DESC) = 1
),
-- a unit's ratings beside its service, in its latest period of the link
link AS (
    SELECT l.kode_wilayah, l.kode_unit, l.periode, l.jenis_periode, l.tanggal_mulai, l.pegawai_dinilai, l.persen_sangat_baik,
        l.ikm, l.mutu, l.peringkat_layanan, l.unit_dibandingkan, l.label_keselarasan, l.label_sektor,
        l.indikator_memburuk_beruntun, l.memburuk_beruntun_maks,
        up.jumlah_sangat_baik, up.persen_sangat_baik_bawah, up.persen_sangat_baik_atas,
        i.responden, i.sampel_minimum, i.sampel_cukup
    FROM mart.performance_service_link l
    LEFT JOIN mart.unit_performance up ON up.kode_unit = l.kode_unit AND up.periode = l.periode
    LEFT JOIN mart.ikm i ON i.kode_unit = l.kode_unit AND i.periode = l.periode
    QUALIFY rank() OVER (PARTITION BY l.kode_unit ORDER BY core.urutan_jenis_periode(l.jenis_periode), l.tanggal_mulai DESC) = 1
),
link_shown AS (
    SELECT *,
        core.persen_boleh(persen_sangat_baik, jumlah_sangat_baik, pegawai_dinilai) AS persen,
        CASE WHEN core.persen_boleh(persen_sangat_baik, jumlah_sangat_baik, pegawai_dinilai) IS NOT NULL THEN persen_sangat_baik_bawah END AS bawah,
        CASE WHEN core.persen_boleh(persen_sangat_baik, jumlah_sangat_baik, pegawai_dinilai) IS NOT NULL THEN persen_sangat_baik_atas END AS atas,
        core.orang_boleh(pegawai_dinilai) AS dasar
    FROM link
),
f_keselarasan_layanan AS (
    SELECT 'unit' AS tingkat, kode_wilayah, kode_unit, 'keselarasan_layanan' AS fakta, periode, jenis_periode, tanggal_mulai,
        label_keselarasan AS label, persen, bawah, atas, dasar, ikm AS nilai, mutu, peringkat_layanan AS peringkat, unit_dibandingkan AS dari,
        responden, sampel_minimum, sampel_cukup, persen AS skor
    FROM link_shown
),
f_keselarasan_sektor AS (
    SELECT 'unit' AS tingkat, l.kode_wilayah, l.kode_unit, 'keselarasan_sektor' AS fakta, l.periode, l.jenis_periode, l.tanggal_mulai,
        l.label_sektor AS label, l.persen, l.bawah, l.atas, l.dasar, l.indikator_memburuk_beruntun AS subjek, so.nama_indikator AS nama_subjek,
        l.memburuk_beruntun_maks AS beruntun, so.nilai, so.target, so.satuan, l.memburuk_beruntun_maks AS skor
    FROM link_shown l
    LEFT JOIN mart.sector_outcomes so ON so.kode_unit = l.kode_unit AND so.periode = l.periode AND so.indikator = l.indikator_memburuk_beruntun
),
f_sektor AS (
    SELECT 'unit' AS tingkat, kode_wilayah, kode_unit, 'sektor' AS fakta, indikator AS subjek, nama_indikator AS nama_subjek, satuan,
        periode, jenis_periode, tanggal_mulai, periode_sebelumnya, nilai, nilai_sebelumnya, perubahan, target,
        capaian_persen AS persen, tren AS label, memburuk_beruntun AS beruntun,
        memburuk_beruntun + greatest(0, least(100, 100 - coalesce(capaian_persen, 100))) / 100.0 AS skor
    FROM mart.sector_outcomes
    QUALIFY rank() OVER (PARTITION BY kode_unit ORDER BY core.urutan_jenis_periode(jenis_periode), tanggal_mulai DESC) = 1
),
korelasi AS (
    SELECT kode_wilayah, periode, jenis_periode, tanggal_mulai,
        any_value(spearman_nilai_ikm) AS rho_ikm, any_value(spearman_bawah) AS bawah_ikm, any_value(spearman_atas) AS atas_ikm,
        any_value(spearman_n) AS n_ikm, any_value(terlalu_sedikit_unit) AS sedikit_ikm,
        any_value(spearman_nilai_sektor) AS rho_sektor, coalesce(any_value(unit_dibandingkan_sektor), 0) AS n_sektor
    FROM mart.performance_service_link
    GROUP BY ALL
),
f_korelasi_ikm AS (
    SELECT 'wilayah' AS tingkat, kode_wilayah, 'korelasi_ikm' AS fakta, periode, jenis_periode, tanggal_mulai,
        rho_ikm AS nilai, bawah_ikm AS bawah, atas_ikm AS atas, n_ikm AS dasar, sedikit_ikm AS terlalu_sedikit_unit, abs(rho_ikm) AS skor
    FROM korelasi WHERE n_ikm > 0
    QUALIFY rank() OVER (PARTITION BY kode_wilayah ORDER BY core.urutan_jenis_periode(jenis_periode), tanggal_mulai DESC) = 1
),
f_korelasi_sektor AS (
    SELECT 'wilayah' AS tingkat, kode_wilayah, 'korelasi_sektor' AS fakta, periode, jenis_periode, tanggal_mulai,
        rho_sektor AS nilai, core.spearman_bawah(rho_sektor, n_sektor) AS bawah, core.spearman_atas(rho_sektor, n_sektor) AS atas,
        n_sektor AS dasar, n_sektor < 8 AS terlalu_sedikit_unit, abs(rho_sektor) AS skor
    FROM korelasi WHERE n_sektor > 0
    QUALIFY rank() OVER (PARTITION BY kode_wilayah ORDER BY core.urutan_jenis_periode(jenis_periode), tanggal_mulai DESC) = 1
),
f_berakhlak AS (
    SELECT 'unit' AS tingkat, kode_wilayah, kode_unit, 'berakhlak' AS fakta, nilai_berakhlak AS subjek, nama_nilai AS nama_subjek,
        periode, jenis_periode, tanggal_mulai,
        core.persen_boleh(persen_di_bawah, di_bawah, dinilai) AS persen,
        CASE WHEN core.persen_boleh(persen_di_bawah, di_bawah, dinilai) IS NOT NULL THEN core.wilson_bawah(di_bawah, dinilai) END AS bawah,
        CASE WHEN core.persen_boleh(persen_di_bawah, di_bawah, dinilai) IS NOT NULL THEN core.wilson_atas(di_bawah, dinilai) END AS atas,
        core.orang_boleh(di_bawah) AS jumlah, core.orang_boleh(dinilai) AS dasar,
        core.persen_boleh(persen_di_bawah, di_bawah, dinilai) AS skor
    FROM mart.berakhlak_unit
    QUALIFY rank() OVER (PARTITION BY kode_unit ORDER BY core.urutan_jenis_periode(jenis_periode), tanggal_mulai DESC) = 1
        AND row_number() OVER (PARTITION BY kode_unit, periode
                               ORDER BY core.persen_boleh(persen_di_bawah, di_bawah, dinilai) DESC NULLS LAST, nilai_berakhlak) = 1
),
lunak AS (
    SELECT kode_unit, periode, sum(dinilai) AS dinilai, sum(dinilai * persen_di_atas / 100.0) AS di_atas
    FROM mart.rater_calibration WHERE label = 'lunak'
    GROUP BY ALL
),
f_penilai_lunak AS (
    SELECT 'unit' AS tingkat, u.kode_wilayah, u.kode_unit, 'penilai_lunak' AS fakta, u.periode, u.jenis_periode, u.tanggal_mulai,
        u.penilai_lunak AS jumlah, u.penilai_dinilai_cukup AS dari, core.orang_boleh(l.dinilai) AS dasar,
        core.persen_boleh(100.0 * l.di_atas / nullif(l.dinilai, 0), round(l.di_atas), l.dinilai) AS persen,
        u.penilai_lunak AS skor
    FROM mart.unit_360 u
    LEFT JOIN lunak l ON l.kode_unit = u.kode_unit AND l.periode = u.periode
    QUALIFY rank() OVER (PARTITION BY u.kode_unit ORDER BY core.urutan_jenis_periode(u.jenis_periode), u.tanggal_mulai DESC) = 1
),
f_selisih_360 AS (
    SELECT 'unit' AS tingkat, kode_wilayah, kode_unit, 'selisih_360' AS fakta, periode, jenis_periode, tanggal_mulai,
        CASE WHEN pegawai_diri >= 5 THEN selisih_diri_atasan END AS nilai, core.orang_boleh(pegawai_diri) AS dasar,
        CASE WHEN pegawai_diri >= 5 THEN abs(selisih_diri_atasan) END AS skor
    FROM mart.unit_360
    QUALIFY rank() OVER (PARTITION BY kode_unit ORDER BY core.urutan_jenis_periode(jenis_periode), tanggal_mulai DESC) = 1
),
jp AS (
    SELECT 'wilayah' AS tingkat, kode_wilayah, CAST(NULL AS VARCHAR) AS kode_unit, tahun, pegawai, pegawai_kurang_20_jp, persen_kurang_20_jp
    FROM mart.region_training
    UNION ALL
    SELECT 'unit', kode_wilayah, kode_unit, tahun, pegawai, pegawai_kurang_20_jp, persen_kurang_20_jp
    FROM mart.training_compliance
),
jp_shown AS (
    SELECT *, core.persen_boleh(persen_kurang_20_jp, pegawai_kurang_20_jp, pegawai) AS persen
    FROM jp
),
f_kurang_20_jp AS (
    SELECT j.tingkat, j.kode_wilayah, j.kode_unit, 'kurang_20_jp' AS fakta, CAST(j.tahun AS VARCHAR) AS periode, 'tahun' AS jenis_periode,
        make_date(CAST(j.tahun AS INTEGER), 1, 1) AS tanggal_mulai,
        CAST(lag(j.tahun) OVER w AS VARCHAR) AS periode_sebelumnya,
        j.persen, lag(j.persen) OVER w AS persen_sebelumnya, j.persen - lag(j.persen) OVER w AS perubahan,
        core.orang_boleh(j.pegawai_kurang_20_jp) AS jumlah, core.orang_boleh(j.pegawai) AS dasar,
        CASE WHEN j.tingkat = 'wilayah' THEN b.peringkat_kurang_20_jp END AS peringkat,
        CASE WHEN j.tingkat = 'wilayah' THEN b.wilayah_dibandingkan END AS dari,
        j.persen AS skor
    FROM jp_shown j
    LEFT JOIN mart.region_benchmark b ON b.kode_wilayah = j.kode_wilayah AND b.periode = CAST(j.tahun AS VARCHAR)
    WINDOW w AS (PARTITION BY j.tingkat, j.kode_wilayah, j.kode_unit ORDER BY j.tahun)
    QUALIFY rank() OVER (PARTITION BY j.tingkat, j.kode_wilayah, j.kode_unit ORDER BY j.tahun DESC) = 1
),
promosi AS (
    SELECT kode_wilayah, min(periode) AS periode_mulai, max(periode) AS periode, max(tanggal_mulai) AS tanggal_mulai,
        sum(dalam_kelompok_promosi) AS dalam, sum(di_luar_kelompok_promosi) AS di_luar
    FROM mart.promotion_merit_region
    WHERE jenis_periode = 'tahun'
    GROUP BY ALL
),
f_promosi AS (
    SELECT 'wilayah' AS tingkat, kode_wilayah, 'promosi' AS fakta, periode, 'tahun' AS jenis_periode, tanggal_mulai, periode_mulai,
        -- the share only where both counts may be shown (the Promosi page's
        -- rule): with 4 inside, '67 % of 12' would give the page's '<5' away
        CASE WHEN NOT (dalam BETWEEN 1 AND 4) AND NOT (di_luar BETWEEN 1 AND 4) AND dalam + di_luar >= 5
             THEN 100.0 * di_luar / (dalam + di_luar) END AS persen,
        CASE WHEN NOT (dalam BETWEEN 1 AND 4) AND NOT (di_luar BETWEEN 1 AND 4) AND dalam + di_luar >= 5 THEN di_luar END AS jumlah,
        CASE WHEN NOT (dalam BETWEEN 1 AND 4) AND NOT (di_luar BETWEEN 1 AND 4) AND dalam + di_luar >= 5 THEN dalam + di_luar END AS dasar,
        CASE WHEN NOT (dalam BETWEEN 1 AND 4) AND NOT (di_luar BETWEEN 1 AND 4) AND dalam + di_luar >= 5
             THEN core.wilson_bawah(di_luar, dalam + di_luar) END AS bawah,
        CASE WHEN NOT (dalam BETWEEN 1 AND 4) AND NOT (di_luar BETWEEN 1 AND 4) AND dalam + di_luar >= 5
             THEN core.wilson_atas(di_luar, dalam + di_luar) END AS atas,
        CASE WHEN NOT (dalam BETWEEN 1 AND 4) AND NOT (di_luar BETWEEN 1 AND 4) AND dalam + di_luar >= 5
             THEN 100.0 * di_luar / (dalam + di_luar) END AS skor
    FROM promosi
),
tanggapan AS (
    SELECT 'unit' AS tingkat, kode_wilayah, kode_unit, periode, jenis_periode, tanggal_mulai,
        pegawai_dinilai, keberatan, keberatan_diterima, keberatan_ditolak
    FROM mart.appraisal_response_unit
    UNION ALL
    SELECT 'wilayah', kode_wilayah, NULL, periode, jenis_periode, tanggal_mulai,
        sum(pegawai_dinilai), sum(keberatan), sum(keberatan_diterima), sum(keberatan_ditolak)
    FROM mart.appraisal_response_unit
    GROUP BY kode_wilayah, periode, jenis_periode, tanggal_mulai
),
f_keberatan AS (
    SELECT tingkat, kode_wilayah, kode_unit, 'keberatan' AS fakta, periode, jenis_periode, tanggal_mulai,
        core.persen_boleh(100.0 * keberatan / nullif(pegawai_dinilai, 0), keberatan, pegawai_dinilai) AS persen,
        core.orang_boleh(keberatan) AS jumlah, core.orang_boleh(pegawai_dinilai) AS dasar,
        CASE WHEN NOT (keberatan_diterima BETWEEN 1 AND 4) AND NOT (keberatan_ditolak BETWEEN 1 AND 4)
                  AND keberatan_diterima + keberatan_ditolak >= 5
             THEN 100.0 * keberatan_diterima / (keberatan_diterima + keberatan_ditolak) END AS nilai,
        core.persen_boleh(100.0 * keberatan / nullif(pegawai_dinilai, 0), keberatan, pegawai_dinilai) AS skor
    FROM tanggapan
    QUALIFY rank() OVER (PARTITION BY tingkat, kode_wilayah, kode_unit ORDER BY core.urutan_jenis_periode(jenis_periode), tanggal_mulai DESC) = 1
),
sb AS (
    SELECT 'wilayah' AS tingkat, kode_wilayah, CAST(NULL AS VARCHAR) AS kode_unit, periode, jenis_periode, tanggal_mulai,
        pegawai_dinilai, jumlah_sangat_baik, persen_sangat_baik,
        core.wilson_bawah(jumlah_sangat_baik, pegawai_dinilai) AS bawah, core.wilson_atas(jumlah_sangat_baik, pegawai_dinilai) AS atas
    FROM mart.region_performance
    UNION ALL
    SELECT 'unit', kode_wilayah, kode_unit, periode, jenis_periode, tanggal_mulai,
        pegawai_dinilai, jumlah_sangat_baik, persen_sangat_baik, persen_sangat_baik_bawah, persen_sangat_baik_atas
    FROM mart.unit_performance
),
sb_shown AS (
    SELECT *, core.persen_boleh(persen_sangat_baik, jumlah_sangat_baik, pegawai_dinilai) AS persen FROM sb
),
f_nilai AS (
    SELECT tingkat, kode_wilayah, kode_unit, 'nilai' AS fakta, periode, jenis_periode, tanggal_mulai,
        lag(periode) OVER w AS periode_sebelumnya, persen, lag(persen) OVER w AS persen_sebelumnya, persen - lag(persen) OVER w AS perubahan,
        CASE WHEN persen IS NOT NULL THEN bawah END AS bawah, CASE WHEN persen IS NOT NULL THEN atas END AS atas,
        core.orang_boleh(jumlah_sangat_baik) AS jumlah, core.orang_boleh(pegawai_dinilai) AS dasar, 0.0 AS skor
    FROM sb_shown
    WINDOW w AS (PARTITION BY tingkat, kode_wilayah, kode_unit, jenis_periode ORDER BY tanggal_mulai)
    QUALIFY rank() OVER (PARTITION BY tingkat, kode_wilayah, kode_unit ORDER BY core.urutan_jenis_periode(jenis_periode), tanggal_mulai DESC) = 1
),
semua AS (
    SELECT * FROM f_layanan
    UNION ALL BY NAME SELECT * FROM f_ikm_unit
    UNION ALL BY NAME SELECT * FROM f_ikm_unsur
    UNION ALL BY NAME SELECT * FROM f_ikm_wilayah
    UNION ALL BY NAME SELECT * FROM f_keselarasan_layanan
    UNION ALL BY NAME SELECT * FROM f_keselarasan_sektor
    UNION ALL BY NAME SELECT * FROM f_sektor
    UNION ALL BY NAME SELECT * FROM f_korelasi_ikm
    UNION ALL BY NAME SELECT * FROM f_korelasi_sektor
    UNION ALL BY NAME SELECT * FROM f_berakhlak
    UNION ALL BY NAME SELECT * FROM f_penilai_lunak
    UNION ALL BY NAME SELECT * FROM f_selisih_360
    UNION ALL BY NAME SELECT * FROM f_kurang_20_jp
    UNION ALL BY NAME SELECT * FROM f_promosi
    UNION ALL BY NAME SELECT * FROM f_keberatan
    UNION ALL BY NAME SELECT * FROM f_nilai
)
SELECT
    f.tingkat, f.kode_wilayah, r.nama AS nama_wilayah, f.kode_unit, u.nama_unit, f.fakta,
    CAST(f.subjek AS VARCHAR) AS subjek, CAST(f.nama_subjek AS VARCHAR) AS nama_subjek, CAST(f.satuan AS VARCHAR) AS satuan,
    f.periode, f.jenis_periode, CAST(f.tanggal_mulai AS DATE) AS tanggal_mulai,
    coalesce(CAST(f.periode_mulai AS VARCHAR), f.periode) AS periode_mulai, CAST(f.periode_sebelumnya AS VARCHAR) AS periode_sebelumnya,
    f.tingkat = 'wilayah' OR f.tanggal_mulai = max(f.tanggal_mulai) OVER (PARTITION BY f.kode_wilayah, f.fakta, f.jenis_periode) AS terkini,
    CAST(f.nilai AS DOUBLE) AS nilai, CAST(f.nilai_sebelumnya AS DOUBLE) AS nilai_sebelumnya,
    CAST(f.perubahan AS DOUBLE) AS perubahan, CAST(f.perubahan_persen AS DOUBLE) AS perubahan_persen,
    CAST(f.target AS DOUBLE) AS target, CAST(f.persen AS DOUBLE) AS persen, CAST(f.persen_sebelumnya AS DOUBLE) AS persen_sebelumnya,
    CAST(f.bawah AS DOUBLE) AS bawah, CAST(f.atas AS DOUBLE) AS atas,
    CAST(f.jumlah AS BIGINT) AS jumlah, CAST(f.dasar AS BIGINT) AS dasar, CAST(f.dari AS INTEGER) AS dari,
    CAST(f.peringkat AS INTEGER) AS peringkat, CAST(f.beruntun AS INTEGER) AS beruntun,
    CAST(f.label AS VARCHAR) AS label, CAST(f.mutu AS VARCHAR) AS mutu,
    CAST(f.responden AS BIGINT) AS responden, CAST(f.sampel_minimum AS INTEGER) AS sampel_minimum,
    CAST(f.sampel_cukup AS BOOLEAN) AS sampel_cukup, CAST(f.terlalu_sedikit_unit AS BOOLEAN) AS terlalu_sedikit_unit,
    CAST(f.skor AS DOUBLE) AS skor
FROM semua f
LEFT JOIN core.dim_region r ON r.kode_wilayah = f.kode_wilayah
LEFT JOIN core.dim_unit u ON u.kode_unit = f.kode_unit
ORDER BY f.kode_wilayah, f.tingkat, f.kode_unit NULLS FIRST, f.fakta, f.subjek;
