-- core.ikm_stats(since): the IKM/SKM answers of every unit per period (every
-- period of core.survey_periods) from the answers dated on or
-- after since: responden (respondents), and per element (unsur) n_<unsur>,
-- the respondents who answered it, and nrr_<unsur>, its mean score (1-4)
-- over them. The one place the element means are computed: mart.ikm scores
-- them with core.ikm_score, mart.ikm_unsur unpivots them, so the IKM and its
-- nine elements cannot disagree.
CREATE OR REPLACE MACRO core.ikm_stats(since) AS TABLE
    SELECT kode_unit, periode, count(*) AS responden,
        count(u_persyaratan) AS n_persyaratan, avg(u_persyaratan) AS nrr_persyaratan,
        count(u_prosedur) AS n_prosedur, avg(u_prosedur) AS nrr_prosedur,
        count(u_waktu) AS n_waktu, avg(u_waktu) AS nrr_waktu,
        count(u_biaya) AS n_biaya, avg(u_biaya) AS nrr_biaya,
        count(u_produk) AS n_produk, avg(u_produk) AS nrr_produk,
        count(u_kompetensi) AS n_kompetensi, avg(u_kompetensi) AS nrr_kompetensi,
        count(u_perilaku) AS n_perilaku, avg(u_perilaku) AS nrr_perilaku,
        count(u_pengaduan) AS n_pengaduan, avg(u_pengaduan) AS nrr_pengaduan,
        count(u_sarana) AS n_sarana, avg(u_sarana) AS nrr_sarana
    FROM core.survey_periods() s
    WHERE s.kode_unit IS NOT NULL AND s.tanggal >= since
    GROUP BY kode_unit, periode;
