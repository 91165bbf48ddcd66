-- mart.sector_outcomes
-- Grain: one unit x period x indikator: the sector outcome indicators of a
-- unit (health: pasien_dilayani, kepuasan_pasien, waktu_tunggu; education:
-- kehadiran_guru, hasil_belajar; core.ref_indikator_sektor names them) and
-- any other unit indicator whose source gives an arah. A unit's own value
-- (kode_unit set, the total row of core.fact_indicator: kategori ''); a
-- region's value and values given only as a breakdown are not here (see
-- mart.indicator_value).
--   periode: as the source recorded it, and in addition each semester and
--     year of which the source recorded every quarter (2 or 4) but not the
--     period itself: nilai and target are then the quarters' sum for a unit
--     of count (core.ref_satuan_jumlah: orang, pasien, kunjungan, ...) and
--     their mean otherwise (persen, menit, nilai); asal_nilai says which:
--     sumber | jumlah_triwulan | rerata_triwulan;
--   arah: the source's, else core.ref_indikator_sektor's (naik = higher is
--     better, turun = lower is better);
--   capaian_persen, attainment against target respecting arah: naik
--     100 x nilai / target, turun 100 x target / nilai (100 = on target,
--     above 100 = better than target); NULL without a target or when the
--     divisor is 0 or less;
--   memenuhi_target: nilai >= target (naik) or nilai <= target (turun);
--   periode_sebelumnya, nilai_sebelumnya, perubahan: the unit's previous
--     period of the same jenis_periode with a value of the indicator, its
--     value, and nilai - nilai_sebelumnya;
--   tren: membaik | memburuk | tetap, the change read with arah (a waiting
--     time that rises is memburuk); NULL without a previous period;
--   memburuk_beruntun: how many periods in a row, up to this one, the
--     indicator got worse (0 when it did not get worse in this one).
CREATE OR REPLACE TABLE mart.sector_outcomes AS
WITH src AS (
    SELECT f.kode_unit, f.indikator, f.periode, f.jenis_periode, f.tanggal_mulai,
           f.nilai, f.target, f.satuan, coalesce(f.arah, s.arah_baku) AS arah
    FROM core.fact_indicator f
    LEFT JOIN core.ref_indikator_sektor s USING (indikator)
    WHERE f.kode_unit IS NOT NULL AND f.kategori = '' AND coalesce(f.arah, s.arah_baku) IS NOT NULL
),
quarters AS (
    SELECT q.*, p.periode_semester, p.periode_tahun, j.satuan IS NOT NULL AS jumlah
    FROM src q
    JOIN core.dim_period p USING (periode)
    LEFT JOIN core.ref_satuan_jumlah j ON j.satuan = q.satuan
    WHERE q.jenis_periode = 'triwulan'
),
rolled AS (
    SELECT kode_unit, indikator, induk AS periode,
        -- summed in the quarters' order: a sum of doubles in whatever order
        -- the threads met them moved the last bit, and with it a rounded
        -- perubahan (0.2 or 0.3) and 'tetap', from one run to the next
        CASE WHEN bool_and(jumlah) THEN sum(nilai ORDER BY tanggal_mulai) ELSE avg(nilai ORDER BY tanggal_mulai) END AS nilai,
        CASE WHEN count(target) = count(*) THEN CASE WHEN bool_and(jumlah) THEN sum(target ORDER BY tanggal_mulai)
             ELSE avg(target ORDER BY tanggal_mulai) END END AS target,
        any_value(satuan) AS satuan,
        arg_max(arah, tanggal_mulai) AS arah,
        CASE WHEN bool_and(jumlah) THEN 'jumlah_triwulan' ELSE 'rerata_triwulan' END AS asal_nilai
    FROM (SELECT *, periode_semester AS induk, 2 AS perlu FROM quarters
          UNION ALL
          SELECT *, periode_tahun, 4 FROM quarters)
    GROUP BY kode_unit, indikator, induk
    HAVING count(*) = any_value(perlu) AND count(DISTINCT coalesce(satuan, '')) = 1
),
all_rows AS (
    SELECT kode_unit, indikator, periode, nilai, target, satuan, arah, 'sumber' AS asal_nilai FROM src
    UNION ALL
    SELECT r.kode_unit, r.indikator, r.periode, r.nilai, r.target, r.satuan, r.arah, r.asal_nilai
    FROM rolled r
    ANTI JOIN src s ON s.kode_unit = r.kode_unit AND s.indikator = r.indikator AND s.periode = r.periode
),
scored AS (
    SELECT a.*, p.jenis_periode, p.tanggal_mulai,
        CASE WHEN a.arah = 'naik' AND a.target > 0 THEN 100.0 * a.nilai / a.target
             WHEN a.arah = 'turun' AND a.nilai > 0 THEN 100.0 * a.target / a.nilai END AS capaian_persen,
        CASE WHEN a.target IS NOT NULL THEN
            CASE a.arah WHEN 'naik' THEN a.nilai >= a.target ELSE a.nilai <= a.target END END AS memenuhi_target,
        lag(a.periode) OVER w AS periode_sebelumnya,
        lag(a.nilai) OVER w AS nilai_sebelumnya
    FROM all_rows a
    JOIN core.dim_period p USING (periode)
    WINDOW w AS (PARTITION BY a.kode_unit, a.indikator, p.jenis_periode ORDER BY p.tanggal_mulai)
),
trended AS (
    SELECT *, nilai - nilai_sebelumnya AS perubahan,
        CASE WHEN nilai_sebelumnya IS NULL THEN NULL
             WHEN nilai = nilai_sebelumnya THEN 'tetap'
             WHEN (nilai > nilai_sebelumnya) = (arah = 'naik') THEN 'membaik'
             ELSE 'memburuk' END AS tren
    FROM scored
),
-- runs of worsening: a new run starts at every period that did not get worse
runs AS (
    SELECT *, sum(CASE WHEN tren = 'memburuk' THEN 0 ELSE 1 END) OVER (
                  PARTITION BY kode_unit, indikator, jenis_periode ORDER BY tanggal_mulai
                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS run
    FROM trended
)
SELECT
    t.kode_unit, u.nama_unit, u.sektor, u.kode_wilayah, r.nama AS nama_wilayah,
    t.periode, t.jenis_periode, t.tanggal_mulai,
    t.indikator, s.nama_indikator, t.satuan, t.arah, t.nilai, t.target,
    t.capaian_persen, t.memenuhi_target,
    t.periode_sebelumnya, t.nilai_sebelumnya, t.perubahan, t.tren,
    CAST(CASE WHEN t.tren = 'memburuk'
              THEN row_number() OVER (PARTITION BY t.kode_unit, t.indikator, t.jenis_periode, t.run ORDER BY t.tanggal_mulai) - 1
              ELSE 0 END AS INTEGER) AS memburuk_beruntun,
    t.asal_nilai
FROM runs t
JOIN core.dim_unit u ON u.kode_unit = t.kode_unit
LEFT JOIN core.dim_region r ON r.kode_wilayah = u.kode_wilayah
LEFT JOIN core.ref_indikator_sektor s ON s.indikator = t.indikator;
