-- mart.distribution_compliance
-- Grain: one unit x appraisal period (as recorded: quarter, semester, month or
-- year) with atasan appraisals. Checks the distribution of the official
-- predikat against the kurva distribusi for the unit's organisational rating
-- (core.ref_kurva_distribusi; DOMAIN.md, from a circular, unconfirmed).
-- rating_organisasi is the rating written on the unit's appraisals of the
-- period (the most frequent one), else the one of the unit's annual
-- appraisals of the same year (sumber_rating: periode | tahunan); the rule is
-- one for annual predikat, applied to shorter periods too for early warning.
-- persen_* are shares of pegawai_dinilai. aturan is the rule in words.
-- sesuai: true when every clause of the rule holds, false otherwise, NULL
-- when the unit's rating is unknown. alasan lists the clauses broken,
-- separated by '; ' (NULL when sesuai), e.g. 'sangat_baik 85.0 % > 70 %'.
-- pegawai_dinilai_ditahan, sangat_baik_ditahan, ..., sangat_kurang_ditahan
-- and their *_alasan_ditahan: as mart.unit_performance (mart.suppression);
-- a page writes a clause of alasan that names a withheld predikat without
-- its figure.
-- refresh: tanggal_mulai >= {{start}}
CREATE OR REPLACE TABLE mart.distribution_compliance AS
WITH f AS (
    SELECT * FROM core.fact_appraisal WHERE sumber = 'atasan' AND kode_unit IS NOT NULL
),
counts AS (
    SELECT kode_unit, periode, any_value(jenis_periode) AS jenis_periode, any_value(tanggal_mulai) AS tanggal_mulai,
           any_value(tahun) AS tahun,
           mode(rating_organisasi) AS rating_periode,
           count(*) AS n,
           count(*) FILTER (WHERE predikat = 'sangat_baik') AS sb,
           count(*) FILTER (WHERE predikat = 'baik') AS b,
           count(*) FILTER (WHERE predikat = 'butuh_perbaikan') AS bp,
           count(*) FILTER (WHERE predikat = 'kurang') AS k,
           count(*) FILTER (WHERE predikat = 'sangat_kurang') AS sk
    FROM f GROUP BY kode_unit, periode
),
yearly AS (
    SELECT kode_unit, tahun, mode(rating_organisasi) AS rating_tahun
    FROM f WHERE jenis_periode = 'tahun' GROUP BY ALL
),
c AS (
    SELECT c.*, coalesce(c.rating_periode, y.rating_tahun) AS rating_organisasi,
           CASE WHEN c.rating_periode IS NOT NULL THEN 'periode' WHEN y.rating_tahun IS NOT NULL THEN 'tahunan' END AS sumber_rating,
           100.0 * sb / n AS p_sb, 100.0 * b / n AS p_b, 100.0 * bp / n AS p_bp, 100.0 * k / n AS p_k, 100.0 * sk / n AS p_sk
    FROM counts c LEFT JOIN yearly y ON y.kode_unit = c.kode_unit AND y.tahun = c.tahun
),
checked AS (
    SELECT c.*, r.aturan,
        list_filter([
            CASE WHEN r.sb_terbesar AND sb < greatest(b, bp, k, sk)
                 THEN 'sangat_baik (' || sb || ') is not the largest group' END,
            CASE WHEN p_sb > r.sb_maks THEN 'sangat_baik ' || round(p_sb, 1) || ' % > ' || CAST(r.sb_maks AS INTEGER) || ' %' END,
            CASE WHEN p_b > r.baik_maks THEN 'baik ' || round(p_b, 1) || ' % > ' || CAST(r.baik_maks AS INTEGER) || ' %' END,
            CASE WHEN p_bp < r.bp_min THEN 'butuh_perbaikan ' || round(p_bp, 1) || ' % < ' || CAST(r.bp_min AS INTEGER) || ' %' END,
            CASE WHEN p_k < r.kurang_min THEN 'kurang ' || round(p_k, 1) || ' % < ' || CAST(r.kurang_min AS INTEGER) || ' %' END,
            CASE WHEN p_sk < r.sk_min THEN 'sangat_kurang ' || round(p_sk, 1) || ' % < ' || CAST(r.sk_min AS INTEGER) || ' %' END,
            CASE WHEN p_bp + p_k < r.bp_kurang_min
                 THEN 'butuh_perbaikan + kurang ' || round(p_bp + p_k, 1) || ' % < ' || CAST(r.bp_kurang_min AS INTEGER) || ' %' END,
            CASE WHEN r.bp_kurang_ada AND bp + k = 0 THEN 'no butuh_perbaikan or kurang' END
        ], x -> x IS NOT NULL) AS pelanggaran
    FROM c LEFT JOIN core.ref_kurva_distribusi r USING (rating_organisasi)
)
SELECT
    x.kode_unit, u.nama_unit, u.kode_wilayah, rg.nama AS nama_wilayah,
    x.periode, x.jenis_periode, x.tanggal_mulai,
    x.rating_organisasi, x.sumber_rating,
    CAST(x.n AS INTEGER) AS pegawai_dinilai,
    CAST(x.sb AS INTEGER) AS jumlah_sangat_baik, CAST(x.b AS INTEGER) AS jumlah_baik,
    CAST(x.bp AS INTEGER) AS jumlah_butuh_perbaikan, CAST(x.k AS INTEGER) AS jumlah_kurang,
    CAST(x.sk AS INTEGER) AS jumlah_sangat_kurang,
    x.p_sb AS persen_sangat_baik, x.p_b AS persen_baik, x.p_bp AS persen_butuh_perbaikan,
    x.p_k AS persen_kurang, x.p_sk AS persen_sangat_kurang,
    x.aturan,
    CASE WHEN x.aturan IS NOT NULL THEN len(x.pelanggaran) = 0 END AS sesuai,
    CASE WHEN x.aturan IS NOT NULL AND len(x.pelanggaran) > 0 THEN array_to_string(x.pelanggaran, '; ') END AS alasan,
    s.pegawai_dinilai_ditahan, s.pegawai_dinilai_alasan_ditahan,
    s.sangat_baik_ditahan, s.sangat_baik_alasan_ditahan,
    s.baik_ditahan, s.baik_alasan_ditahan,
    s.butuh_perbaikan_ditahan, s.butuh_perbaikan_alasan_ditahan,
    s.kurang_ditahan, s.kurang_alasan_ditahan,
    s.sangat_kurang_ditahan, s.sangat_kurang_alasan_ditahan
FROM checked x
JOIN core.dim_unit u ON u.kode_unit = x.kode_unit
LEFT JOIN core.dim_region rg ON rg.kode_wilayah = u.kode_wilayah
LEFT JOIN mart.suppression s ON s.kode_unit = x.kode_unit AND s.periode = x.periode;
