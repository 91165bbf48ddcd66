-- The predikat kinerja matrix of PermenPANRB 6/2022 (DOMAIN.md): rows hasil
-- kerja, columns perilaku kerja. Predikat is derived from here; a predikat
-- that arrives in the data and disagrees is a data-quality finding.
CREATE OR REPLACE TABLE core.ref_predikat_matrix AS
SELECT * FROM (VALUES
    ('di_atas',  'di_bawah', 'kurang'),
    ('di_atas',  'sesuai',   'baik'),
    ('di_atas',  'di_atas',  'sangat_baik'),
    ('sesuai',   'di_bawah', 'kurang'),
    ('sesuai',   'sesuai',   'baik'),
    ('sesuai',   'di_atas',  'baik'),
    ('di_bawah', 'di_bawah', 'sangat_kurang'),
    ('di_bawah', 'sesuai',   'butuh_perbaikan'),
    ('di_bawah', 'di_atas',  'butuh_perbaikan')
) AS t(hasil_kerja, perilaku_kerja, predikat);

-- Display names and order of the predikat (1 = best).
CREATE OR REPLACE TABLE core.ref_predikat AS
SELECT * FROM (VALUES
    ('sangat_baik', 'Sangat Baik', 1),
    ('baik', 'Baik', 2),
    ('butuh_perbaikan', 'Butuh Perbaikan', 3),
    ('kurang', 'Kurang/Misconduct', 4),
    ('sangat_kurang', 'Sangat Kurang', 5)
) AS t(predikat, nama_predikat, urutan);
