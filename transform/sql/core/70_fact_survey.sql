-- core.fact_survey: grain = one IKM/SKM respondent of a unit; u_* scores 1-4.
-- refresh: tanggal >= {{start}}
CREATE OR REPLACE TABLE core.fact_survey AS
SELECT s.id_responden, s.kode_unit, u.kode_wilayah, s.tanggal, s.layanan,
       s.u_persyaratan, s.u_prosedur, s.u_waktu, s.u_biaya, s.u_produk,
       s.u_kompetensi, s.u_perilaku, s.u_pengaduan, s.u_sarana, s._batch
FROM stg.survey_responses s
LEFT JOIN core.dim_unit u USING (kode_unit);
