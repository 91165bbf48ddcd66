-- mart.rater_calibration
-- Grain: one rater (nip_penilai of atasan appraisals) x period.
-- Ratings are scored di_bawah = 1, sesuai = 2, di_atas = 3 (core.nilai_skor,
-- as mart.unit_360); rata_nilai is the mean of (hasil kerja + perilaku
-- kerja) / 2 over the people this rater rated,
-- rata_nilai_unit the mean over all atasan ratings in the units of those people
-- (each person weighted once), selisih the difference. selisih_diri_atasan is
-- the mean of (self rating - this rater's rating) of the people who also rated
-- themselves: large positive values mean people see themselves higher.
-- label (NULL when fewer than 5 people were rated):
--   lunak: >= 80 % rated di atas ekspektasi on hasil kerja, or selisih >= 0.5;
--   ketat: >= 50 % rated di bawah ekspektasi on hasil kerja, or selisih <= -0.5;
--   wajar: otherwise.
-- id_penilai is a salted pseudonym for publishing; nip_penilai stays in the
-- warehouse.
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE mart.rater_calibration AS
-- Each part (four of them) reads core.fact_appraisal by itself, with only
-- the columns it needs: a CTE over the whole fact used three times was
-- materialised whole (54 M rows x 27 columns nationally, spilled: 127 s).
WITH atasan AS (
    SELECT nip, nip_penilai, periode, jenis_periode, tanggal_mulai, tanggal_selesai, kode_unit,
           hasil_kerja, predikat, core.nilai_skor(hasil_kerja, perilaku_kerja) AS nilai
    FROM core.fact_appraisal
    WHERE tanggal_mulai >= {{start}} AND sumber = 'atasan' AND nip_penilai IS NOT NULL
),
unit_mean AS (
    SELECT kode_unit, periode, avg(core.nilai_skor(hasil_kerja, perilaku_kerja)) AS rata
    FROM core.fact_appraisal
    WHERE tanggal_mulai >= {{start}} AND sumber = 'atasan'
    GROUP BY ALL
),
diri AS (
    SELECT nip, periode, avg(core.nilai_skor(hasil_kerja, perilaku_kerja)) AS nilai_diri
    FROM core.fact_appraisal
    WHERE tanggal_mulai >= {{start}} AND sumber = 'diri'
    GROUP BY ALL
),
-- unit_dinilai: the unit most of the rater's people were in (ties: the
-- lowest kode_unit), counted per unit first: mode() over 21 M rows kept a
-- hash table per rater and took 68 of the mart's 70 s CPU nationally.
unit_rated AS (
    SELECT nip_penilai, periode, first(kode_unit ORDER BY n DESC, kode_unit) AS unit_dinilai
    FROM (SELECT nip_penilai, periode, kode_unit, count(*) AS n
          FROM core.fact_appraisal
          WHERE tanggal_mulai >= {{start}} AND sumber = 'atasan' AND nip_penilai IS NOT NULL
          GROUP BY ALL)
    GROUP BY ALL
),
per_rater AS (
    SELECT a.nip_penilai, a.periode, any_value(a.jenis_periode) AS jenis_periode,
           any_value(a.tanggal_mulai) AS tanggal_mulai, any_value(a.tanggal_selesai) AS tanggal_selesai,
           CAST(count(*) AS INTEGER) AS dinilai,
           100.0 * avg(CASE WHEN a.hasil_kerja = 'di_atas' THEN 1 ELSE 0 END) AS persen_di_atas,
           100.0 * avg(CASE WHEN a.hasil_kerja = 'di_bawah' THEN 1 ELSE 0 END) AS persen_di_bawah,
           100.0 * avg(CASE WHEN a.predikat = 'sangat_baik' THEN 1 ELSE 0 END) AS persen_sangat_baik,
           avg(a.nilai) AS rata_nilai,
           avg(um.rata) AS rata_nilai_unit,
           avg(d.nilai_diri - a.nilai) AS selisih_diri_atasan
    FROM atasan a
    LEFT JOIN unit_mean um ON um.kode_unit = a.kode_unit AND um.periode = a.periode
    LEFT JOIN diri d ON d.nip = a.nip AND d.periode = a.periode
    GROUP BY a.nip_penilai, a.periode
),
salt AS (SELECT value AS s FROM meta.settings WHERE key = 'pseudonym_salt')
SELECT
    p.nip_penilai,
    'P-' || upper(substr(md5((SELECT s FROM salt) || p.nip_penilai), 1, 6)) AS id_penilai,
    e.jabatan AS jabatan_penilai,
    coalesce(e.kode_unit, ur.unit_dinilai) AS kode_unit, u.nama_unit, u.kode_wilayah, r.nama AS nama_wilayah,
    p.periode, p.jenis_periode, p.tanggal_mulai,
    p.dinilai, p.persen_di_atas, p.persen_sangat_baik, p.rata_nilai, p.rata_nilai_unit,
    p.rata_nilai - p.rata_nilai_unit AS selisih,
    p.selisih_diri_atasan,
    CASE
        WHEN p.dinilai < 5 THEN NULL
        WHEN p.persen_di_atas >= 80 OR p.rata_nilai - p.rata_nilai_unit >= 0.5 THEN 'lunak'
        WHEN p.persen_di_bawah >= 50 OR p.rata_nilai - p.rata_nilai_unit <= -0.5 THEN 'ketat'
        ELSE 'wajar'
    END AS label
FROM per_rater p
JOIN unit_rated ur ON ur.nip_penilai = p.nip_penilai AND ur.periode = p.periode
ASOF LEFT JOIN core.dim_employee e ON e.nip = p.nip_penilai AND p.tanggal_selesai >= e.berlaku_mulai
LEFT JOIN core.dim_unit u ON u.kode_unit = coalesce(e.kode_unit, ur.unit_dinilai)
LEFT JOIN core.dim_region r ON r.kode_wilayah = u.kode_wilayah;
