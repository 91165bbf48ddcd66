-- The seven BerAKHLAK core values, keyed as in the appraisal columns
-- (perilaku_<key>), with the competency a training for a value rated below
-- expectation should develop (kompetensi_terkait, one of the managerial or
-- socio-cultural competencies of DOMAIN.md; kinerja's own mapping, kept here
-- so that it can be corrected in one place).
CREATE OR REPLACE TABLE core.ref_berakhlak AS
SELECT * FROM (VALUES
    ('berorientasi_pelayanan', 'Berorientasi Pelayanan', 1, 'manajerial', 'Pelayanan Publik'),
    ('akuntabel', 'Akuntabel', 2, 'manajerial', 'Integritas'),
    ('kompeten', 'Kompeten', 3, 'manajerial', 'Pengembangan Diri dan Orang Lain'),
    ('harmonis', 'Harmonis', 4, 'sosial_kultural', 'Perekat Bangsa'),
    ('loyal', 'Loyal', 5, 'manajerial', 'Integritas'),
    ('adaptif', 'Adaptif', 6, 'manajerial', 'Mengelola Perubahan'),
    ('kolaboratif', 'Kolaboratif', 7, 'manajerial', 'Kerjasama')
) AS t(nilai_berakhlak, nama_nilai, urutan, jenis_kompetensi, kompetensi_terkait);
