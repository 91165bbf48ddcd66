-- The seven BerAKHLAK core values, keyed as in the appraisal columns
-- (perilaku_<key>).
CREATE OR REPLACE TABLE core.ref_berakhlak AS
SELECT * FROM (VALUES
    ('berorientasi_pelayanan', 'Berorientasi Pelayanan', 1),
    ('akuntabel', 'Akuntabel', 2),
    ('kompeten', 'Kompeten', 3),
    ('harmonis', 'Harmonis', 4),
    ('loyal', 'Loyal', 5),
    ('adaptif', 'Adaptif', 6),
    ('kolaboratif', 'Kolaboratif', 7)
) AS t(nilai_berakhlak, nama_nilai, urutan);
