-- The 9-box of PermenPANRB 3/2020 (DOMAIN.md): kinerja x potensi -> box
-- number; boxes 7-9 form the promotion pool.
CREATE OR REPLACE TABLE core.ref_kotak_9 AS
SELECT *, kotak >= 7 AS kelompok_promosi FROM (VALUES
    ('di_bawah', 'rendah', 1), ('sesuai', 'rendah', 2), ('di_bawah', 'menengah', 3),
    ('di_atas', 'rendah', 4), ('sesuai', 'menengah', 5), ('di_bawah', 'tinggi', 6),
    ('di_atas', 'menengah', 7), ('sesuai', 'tinggi', 8), ('di_atas', 'tinggi', 9)
) AS t(kinerja, potensi, kotak);

-- The kinerja axis of the 9-box from the official predikat (kinerja's
-- reading, one place to correct): Sangat Baik = di atas ekspektasi, Baik =
-- sesuai ekspektasi, Butuh Perbaikan / Kurang / Sangat Kurang = di bawah.
CREATE OR REPLACE TABLE core.ref_kinerja_talenta AS
SELECT * FROM (VALUES
    ('sangat_baik', 'di_atas'), ('baik', 'sesuai'), ('butuh_perbaikan', 'di_bawah'),
    ('kurang', 'di_bawah'), ('sangat_kurang', 'di_bawah')
) AS t(predikat, kinerja);

-- Jenjang (level) of a jabatan read off its name, for finding promotions in
-- the assignment history: functional levels (keahlian: Pertama < Muda <
-- Madya < Utama above keterampilan: Pemula < Terampil < Mahir < Penyelia).
-- A jabatan matching none has no jenjang (a change of it is not a promotion
-- by jabatan; a golongan rise still is). The first pattern that matches wins
-- (lowest urutan_pola).
CREATE OR REPLACE TABLE core.ref_jenjang_jabatan AS
SELECT * FROM (VALUES
    (1, 'Ahli Utama', 8), (2, 'Ahli Madya', 7), (3, 'Ahli Muda', 6), (4, 'Ahli Pertama', 5),
    (5, 'Penyelia', 4), (6, 'Mahir', 3), (7, 'Terampil', 2), (8, 'Pemula', 1)
) AS t(urutan_pola, pola, jenjang);

-- Order of a golongan/ruang: PNS I/a (11) .. IV/e (45) as ruang x 10 + letter;
-- PPPK grades I .. XVII as 100 + grade, so that a PNS and a PPPK grade are
-- never compared as a rise (see core.golongan_urutan).
CREATE OR REPLACE MACRO core.golongan_urutan(g) AS
    CASE
        WHEN regexp_matches(g, '^(I|II|III|IV)/[a-e]$') THEN
            10 * (CASE split_part(g, '/', 1) WHEN 'I' THEN 1 WHEN 'II' THEN 2 WHEN 'III' THEN 3 ELSE 4 END)
            + (ascii(split_part(g, '/', 2)) - ascii('a') + 1)
        WHEN regexp_matches(g, '^[IVX]+$') THEN
            100 + list_position(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII',
                                 'XIII', 'XIV', 'XV', 'XVI', 'XVII'], g)
    END;
