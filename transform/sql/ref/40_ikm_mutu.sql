-- IKM bands of PermenPANRB 14/2017 (DOMAIN.md), on the IKM rounded to two
-- decimals.
CREATE OR REPLACE TABLE core.ref_ikm_mutu AS
SELECT * FROM (VALUES
    (25.00, 64.99, 'D', 'Tidak Baik'),
    (65.00, 76.60, 'C', 'Kurang Baik'),
    (76.61, 88.30, 'B', 'Baik'),
    (88.31, 100.00, 'A', 'Sangat Baik')
) AS t(ikm_min, ikm_max, mutu, kinerja_pelayanan);

-- The nine IKM elements, keyed by name (numbering differs between systems).
CREATE OR REPLACE TABLE core.ref_ikm_unsur AS
SELECT * FROM (VALUES
    ('persyaratan', 'Persyaratan', 1),
    ('prosedur', 'Sistem, Mekanisme dan Prosedur', 2),
    ('waktu', 'Waktu Penyelesaian', 3),
    ('biaya', 'Biaya/Tarif', 4),
    ('produk', 'Produk Spesifikasi Jenis Pelayanan', 5),
    ('kompetensi', 'Kompetensi Pelaksana', 6),
    ('perilaku', 'Perilaku Pelaksana', 7),
    ('pengaduan', 'Penanganan Pengaduan, Saran dan Masukan', 8),
    ('sarana', 'Sarana dan Prasarana', 9)
) AS t(unsur, nama_unsur, urutan);

-- The IKM from the nine element means (nrr, 1-4): 25 x sum(nrr x 1/9), with
-- exactly 1/9 as the weight (PermenPANRB 14/2017 prints it rounded as 0.111;
-- kinerja does not round it). The one place the formula lives.
CREATE OR REPLACE MACRO core.ikm_score(n1, n2, n3, n4, n5, n6, n7, n8, n9) AS
    25.0 * (n1 * (1.0 / 9) + n2 * (1.0 / 9) + n3 * (1.0 / 9) + n4 * (1.0 / 9) + n5 * (1.0 / 9)
          + n6 * (1.0 / 9) + n7 * (1.0 / 9) + n8 * (1.0 / 9) + n9 * (1.0 / 9));
