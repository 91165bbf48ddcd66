-- mart.training_needs
-- Grain: one person (nip) x year (tahun): everyone assigned to a unit on 31
-- December of a year that has appraisals or trainings (PNS and PPPK alike,
-- as mart.training_compliance), in the unit of that day. What a training
-- planner needs, from the competency-gap and performance-gap analysis PP
-- 11/2017 (as amended by PP 17/2020) asks for:
--   periode_acuan, hasil_kerja, perilaku_kerja, predikat, capaian_iki: the
--     reference appraisal of the year (the annual atasan appraisal, else the
--     latest atasan appraisal of the year; NULL when none);
--   nilai_di_bawah: the BerAKHLAK values rated di_bawah ekspektasi in it
--     (keys of core.ref_berakhlak in its order, ', '-separated; NULL if
--     none), jumlah_nilai_di_bawah how many;
--   kesenjangan_kinerja: a performance gap, predikat below Baik (Butuh
--     Perbaikan, Kurang/Misconduct or Sangat Kurang);
--   jp: lesson hours of the trainings started in the year; kekurangan_jp =
--     max(0, 20 - jp); memenuhi_20_jp: jp >= 20 (the 20 JP a year);
--   fokus_pelatihan, jenis_kompetensi_fokus: the recommended focus, the first
--     that applies: the competency linked to the first value rated di_bawah
--     (core.ref_berakhlak.kompetensi_terkait, e.g. Berorientasi Pelayanan ->
--     Pelayanan Publik, manajerial); else 'Kompetensi teknis jabatan'
--     (teknis) when hasil_kerja is di_bawah; else 'Pemenuhan 20 JP' when
--     under 20 JP; else NULL (no need found);
--   skor_prioritas = 4 x kesenjangan_kinerja + jumlah_nilai_di_bawah + 2 x
--     (jp < 20) + 1 x (jp = 0), 0-14; kategori_prioritas: tinggi (skor >= 4),
--     sedang (1-3), rendah (0);
--   urutan_prioritas: the order in which to serve the unit's people that
--     year (1 = first): skor_prioritas high to low, then kekurangan_jp, then
--     nip.
-- Everything here is per year, so a refresh reads only the years it
-- recomputes.
-- refresh: tahun >= {{year}}
CREATE OR REPLACE TABLE mart.training_needs AS
WITH years AS (
    SELECT DISTINCT tahun FROM core.fact_training WHERE tahun >= {{year}}
    UNION SELECT DISTINCT tahun FROM core.fact_appraisal WHERE tahun >= {{year}}
),
staff AS (
    SELECT CAST(y.tahun AS INTEGER) AS tahun, e.nip, e.nama, e.jenis_asn, e.jabatan, e.kode_unit
    FROM years y
    JOIN core.dim_employee e
      ON make_date(y.tahun, 12, 31) >= e.berlaku_mulai
     AND (e.berlaku_sampai IS NULL OR make_date(y.tahun, 12, 31) <= e.berlaku_sampai)
),
acuan AS (SELECT * FROM core.reference_appraisals({{year}})),
jp AS (SELECT nip, tahun, sum(jp) AS jp FROM core.fact_training WHERE tahun >= {{year}} GROUP BY ALL),
needs AS (
    SELECT s.*, a.periode AS periode_acuan, a.hasil_kerja, a.perilaku_kerja, a.predikat, a.capaian_iki,
        nullif(concat_ws(', ', CASE WHEN a.perilaku_berorientasi_pelayanan = 'di_bawah' THEN 'berorientasi_pelayanan' END,
                  CASE WHEN a.perilaku_akuntabel = 'di_bawah' THEN 'akuntabel' END,
                  CASE WHEN a.perilaku_kompeten = 'di_bawah' THEN 'kompeten' END,
                  CASE WHEN a.perilaku_harmonis = 'di_bawah' THEN 'harmonis' END,
                  CASE WHEN a.perilaku_loyal = 'di_bawah' THEN 'loyal' END,
                  CASE WHEN a.perilaku_adaptif = 'di_bawah' THEN 'adaptif' END,
                  CASE WHEN a.perilaku_kolaboratif = 'di_bawah' THEN 'kolaboratif' END), '') AS nilai_di_bawah,
        CAST(coalesce((a.perilaku_berorientasi_pelayanan = 'di_bawah')::INT, 0) + coalesce((a.perilaku_akuntabel = 'di_bawah')::INT, 0) + coalesce((a.perilaku_kompeten = 'di_bawah')::INT, 0) + coalesce((a.perilaku_harmonis = 'di_bawah')::INT, 0) + coalesce((a.perilaku_loyal = 'di_bawah')::INT, 0) + coalesce((a.perilaku_adaptif = 'di_bawah')::INT, 0) + coalesce((a.perilaku_kolaboratif = 'di_bawah')::INT, 0) AS INTEGER) AS jumlah_nilai_di_bawah,
        coalesce(CASE WHEN a.perilaku_berorientasi_pelayanan = 'di_bawah' THEN 'berorientasi_pelayanan' END, CASE WHEN a.perilaku_akuntabel = 'di_bawah' THEN 'akuntabel' END, CASE WHEN a.perilaku_kompeten = 'di_bawah' THEN 'kompeten' END, CASE WHEN a.perilaku_harmonis = 'di_bawah' THEN 'harmonis' END, CASE WHEN a.perilaku_loyal = 'di_bawah' THEN 'loyal' END, CASE WHEN a.perilaku_adaptif = 'di_bawah' THEN 'adaptif' END, CASE WHEN a.perilaku_kolaboratif = 'di_bawah' THEN 'kolaboratif' END) AS nilai_pertama,
        coalesce(a.predikat IN ('butuh_perbaikan', 'kurang', 'sangat_kurang'), false) AS kesenjangan_kinerja,
        coalesce(jp.jp, 0) AS jp
    FROM staff s
    LEFT JOIN acuan a ON a.nip = s.nip AND a.tahun = s.tahun
    LEFT JOIN jp ON jp.nip = s.nip AND jp.tahun = s.tahun
),
scored AS (
    SELECT n.*, b.kompetensi_terkait, b.jenis_kompetensi,
        CAST(4 * n.kesenjangan_kinerja::INT + n.jumlah_nilai_di_bawah + 2 * (n.jp < 20)::INT + (n.jp = 0)::INT AS INTEGER) AS skor_prioritas
    FROM needs n LEFT JOIN core.ref_berakhlak b ON b.nilai_berakhlak = n.nilai_pertama
)
SELECT
    s.nip, s.nama, s.jenis_asn, s.jabatan, s.tahun,
    s.kode_unit, u.nama_unit, u.kode_wilayah, r.nama AS nama_wilayah,
    s.periode_acuan, s.hasil_kerja, s.perilaku_kerja, s.predikat, s.capaian_iki,
    s.nilai_di_bawah, s.jumlah_nilai_di_bawah, s.kesenjangan_kinerja,
    s.jp, greatest(20 - s.jp, 0) AS kekurangan_jp, s.jp >= 20 AS memenuhi_20_jp,
    CASE WHEN s.nilai_pertama IS NOT NULL THEN s.kompetensi_terkait
         WHEN s.hasil_kerja = 'di_bawah' THEN 'Kompetensi teknis jabatan'
         WHEN s.jp < 20 THEN 'Pemenuhan 20 JP' END AS fokus_pelatihan,
    CASE WHEN s.nilai_pertama IS NOT NULL THEN s.jenis_kompetensi
         WHEN s.hasil_kerja = 'di_bawah' THEN 'teknis' END AS jenis_kompetensi_fokus,
    s.skor_prioritas,
    CASE WHEN s.skor_prioritas >= 4 THEN 'tinggi' WHEN s.skor_prioritas >= 1 THEN 'sedang' ELSE 'rendah' END AS kategori_prioritas,
    CAST(row_number() OVER (PARTITION BY s.kode_unit, s.tahun
                            ORDER BY s.skor_prioritas DESC, greatest(20 - s.jp, 0) DESC, s.nip) AS INTEGER) AS urutan_prioritas
FROM scored s
JOIN core.dim_unit u ON u.kode_unit = s.kode_unit
LEFT JOIN core.dim_region r ON r.kode_wilayah = u.kode_wilayah;
