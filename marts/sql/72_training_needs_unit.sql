-- mart.training_needs_unit
-- Grain: one unit x year (tahun): mart.training_needs summed over the people
-- assigned to the unit on 31 December, for the planner who must choose which
-- units to train first and in what.
--   pegawai; pegawai_kesenjangan_kinerja / persen_kesenjangan_kinerja
--   (predikat below Baik); pegawai_kurang_20_jp / persen_kurang_20_jp (as in
--   mart.training_compliance); total_kekurangan_jp (JP missing to bring
--   everyone to 20); pegawai_prioritas_tinggi (kategori_prioritas tinggi);
--   nilai_terlemah, nama_nilai_terlemah: the BerAKHLAK value most often rated
--   di_bawah in the unit (ties: the earlier value in core.ref_berakhlak;
--   NULL when none), pegawai_nilai_terlemah / persen_nilai_terlemah: how many
--   and what share of the unit's people were rated di_bawah on it;
--   fokus_pelatihan, jenis_kompetensi_fokus: of the three needs - the weakest
--   value (its kompetensi_terkait), the performance gap ('Kompetensi teknis
--   jabatan', teknis) and the 20 JP ('Pemenuhan 20 JP') - the one with the
--   largest share, if that share is at least 10 %, else NULL;
--   skor_prioritas = persen_kurang_20_jp + persen_kesenjangan_kinerja +
--   persen_nilai_terlemah (0-300);
--   urutan_prioritas: the order in which to serve the units of all regions in
--   the year (1 = first): skor_prioritas high to low, then more pegawai, then
--   kode_unit; urutan_prioritas_wilayah the same within the unit's region.
-- refresh: tahun >= {{year}}
CREATE OR REPLACE TABLE mart.training_needs_unit AS
WITH n AS (SELECT * FROM mart.training_needs),
agg AS (
    SELECT kode_unit, tahun,
        count(*) AS pegawai,
        count(*) FILTER (WHERE kesenjangan_kinerja) AS pegawai_kesenjangan_kinerja,
        count(*) FILTER (WHERE jp < 20) AS pegawai_kurang_20_jp,
        sum(kekurangan_jp) AS total_kekurangan_jp,
        count(*) FILTER (WHERE kategori_prioritas = 'tinggi') AS pegawai_prioritas_tinggi
    FROM n GROUP BY ALL
),
vals AS (
    SELECT n.kode_unit, n.tahun, trim(v.nilai) AS nilai_berakhlak, count(*) AS jumlah
    FROM n, unnest(string_split(n.nilai_di_bawah, ',')) AS v(nilai)
    WHERE n.nilai_di_bawah IS NOT NULL
    GROUP BY ALL
),
weakest AS (
    SELECT v.kode_unit, v.tahun, arg_max(v.nilai_berakhlak, v.jumlah * 10 - b.urutan) AS nilai_terlemah,
           max(v.jumlah) AS pegawai_nilai_terlemah
    FROM vals v JOIN core.ref_berakhlak b USING (nilai_berakhlak)
    GROUP BY ALL
),
shares AS (
    SELECT a.*, w.nilai_terlemah, coalesce(w.pegawai_nilai_terlemah, 0) AS pegawai_nilai_terlemah,
        100.0 * a.pegawai_kesenjangan_kinerja / a.pegawai AS persen_kesenjangan_kinerja,
        100.0 * a.pegawai_kurang_20_jp / a.pegawai AS persen_kurang_20_jp,
        100.0 * coalesce(w.pegawai_nilai_terlemah, 0) / a.pegawai AS persen_nilai_terlemah
    FROM agg a LEFT JOIN weakest w USING (kode_unit, tahun)
),
scored AS (
    SELECT s.*, b.nama_nilai AS nama_nilai_terlemah, b.kompetensi_terkait, b.jenis_kompetensi,
        s.persen_kurang_20_jp + s.persen_kesenjangan_kinerja + s.persen_nilai_terlemah AS skor_prioritas,
        greatest(s.persen_nilai_terlemah, s.persen_kesenjangan_kinerja, s.persen_kurang_20_jp) AS terbesar
    FROM shares s LEFT JOIN core.ref_berakhlak b ON b.nilai_berakhlak = s.nilai_terlemah
)
SELECT
    s.kode_unit, u.nama_unit, u.sektor, u.kode_wilayah, r.nama AS nama_wilayah, CAST(s.tahun AS INTEGER) AS tahun,
    CAST(s.pegawai AS INTEGER) AS pegawai,
    CAST(s.pegawai_kesenjangan_kinerja AS INTEGER) AS pegawai_kesenjangan_kinerja, s.persen_kesenjangan_kinerja,
    CAST(s.pegawai_kurang_20_jp AS INTEGER) AS pegawai_kurang_20_jp, s.persen_kurang_20_jp,
    s.total_kekurangan_jp,
    CAST(s.pegawai_prioritas_tinggi AS INTEGER) AS pegawai_prioritas_tinggi,
    s.nilai_terlemah, s.nama_nilai_terlemah,
    CAST(s.pegawai_nilai_terlemah AS INTEGER) AS pegawai_nilai_terlemah, s.persen_nilai_terlemah,
    CASE WHEN s.terbesar < 10 THEN NULL
         WHEN s.nilai_terlemah IS NOT NULL AND s.persen_nilai_terlemah = s.terbesar THEN s.kompetensi_terkait
         WHEN s.persen_kesenjangan_kinerja = s.terbesar THEN 'Kompetensi teknis jabatan'
         ELSE 'Pemenuhan 20 JP' END AS fokus_pelatihan,
    CASE WHEN s.terbesar < 10 THEN NULL
         WHEN s.nilai_terlemah IS NOT NULL AND s.persen_nilai_terlemah = s.terbesar THEN s.jenis_kompetensi
         WHEN s.persen_kesenjangan_kinerja = s.terbesar THEN 'teknis' END AS jenis_kompetensi_fokus,
    s.skor_prioritas,
    CAST(row_number() OVER (PARTITION BY s.tahun ORDER BY s.skor_prioritas DESC, s.pegawai DESC, s.kode_unit) AS INTEGER) AS urutan_prioritas,
    CAST(row_number() OVER (PARTITION BY s.tahun, u.kode_wilayah ORDER BY s.skor_prioritas DESC, s.pegawai DESC, s.kode_unit) AS INTEGER) AS urutan_prioritas_wilayah
FROM scored s
JOIN core.dim_unit u ON u.kode_unit = s.kode_unit
LEFT JOIN core.dim_region r ON r.kode_wilayah = u.kode_wilayah;
