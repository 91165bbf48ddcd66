-- Data tests of the core model. Each test is a query returning the rows that
-- break the rule; see transform/tests.go for the convention.

-- test: unik_dim_region
-- One row per kode_wilayah in core.dim_region (old codes are crosswalked, not kept).
SELECT kode_wilayah, count(*) AS n FROM core.dim_region GROUP BY ALL HAVING n > 1;

-- test: unik_dim_unit
-- One row per kode_unit in core.dim_unit.
SELECT kode_unit, count(*) AS n FROM core.dim_unit GROUP BY ALL HAVING n > 1;

-- test: unik_dim_employee
-- One assignment per (nip, berlaku_mulai) in core.dim_employee, and one current one per person.
SELECT nip, berlaku_mulai, count(*) AS n FROM core.dim_employee GROUP BY ALL HAVING n > 1
UNION ALL
SELECT nip, NULL, count(*) FILTER (WHERE terkini) FROM core.dim_employee GROUP BY nip
HAVING count(*) FILTER (WHERE terkini) <> 1;

-- test: unik_dim_period
-- One row per period code in core.dim_period.
SELECT periode, count(*) AS n FROM core.dim_period GROUP BY ALL HAVING n > 1;

-- test: unik_fact_appraisal
-- One official (atasan) appraisal per person and period; one per rater for the other sources.
SELECT nip, periode, sumber, CASE WHEN sumber = 'atasan' THEN '' ELSE coalesce(nip_penilai, '') END AS penilai, count(*) AS n
FROM core.fact_appraisal
WHERE coalesce(tanggal_mulai >= {{start}}, true)
  -- only the keys whose hash repeats are grouped by their four columns: one
  -- UBIGINT per row is a far smaller hash table than the key's strings
  AND hash(nip, periode, sumber, CASE WHEN sumber = 'atasan' THEN '' ELSE coalesce(nip_penilai, '') END) IN (
      SELECT hash(nip, periode, sumber, CASE WHEN sumber = 'atasan' THEN '' ELSE coalesce(nip_penilai, '') END) AS k
      FROM core.fact_appraisal WHERE coalesce(tanggal_mulai >= {{start}}, true)
      GROUP BY k HAVING count(*) > 1)
GROUP BY ALL HAVING n > 1;

-- test: unik_fact_service_request
-- One row per id_permohonan.
SELECT id_permohonan, count(*) AS n FROM core.fact_service_request
WHERE hash(id_permohonan) IN (SELECT hash(id_permohonan) AS k FROM core.fact_service_request GROUP BY k HAVING count(*) > 1)
GROUP BY ALL HAVING n > 1;

-- test: wajib_fact_appraisal
-- Every appraisal has a person, a period, a source and a predikat derived from the matrix.
SELECT nip, periode, sumber, hasil_kerja, perilaku_kerja FROM core.fact_appraisal
WHERE coalesce(tanggal_mulai >= {{start}}, true)
  AND (nip IS NULL OR periode IS NULL OR sumber IS NULL OR predikat IS NULL);

-- test: wajib_dim_unit_wilayah
-- Every unit belongs to a region.
SELECT kode_unit, nama_unit FROM core.dim_unit WHERE kode_wilayah IS NULL;

-- test: nilai_fact_appraisal
-- Accepted values: sumber atasan|diri|rekan|bawahan; ratings di_atas|sesuai|di_bawah; predikat and rating_organisasi of the five-level scale.
SELECT nip, periode, sumber, hasil_kerja, perilaku_kerja, predikat, rating_organisasi FROM core.fact_appraisal
WHERE coalesce(tanggal_mulai >= {{start}}, true)
  AND (sumber NOT IN ('atasan', 'diri', 'rekan', 'bawahan')
   OR hasil_kerja NOT IN ('di_atas', 'sesuai', 'di_bawah')
   OR perilaku_kerja NOT IN ('di_atas', 'sesuai', 'di_bawah')
   OR predikat NOT IN (SELECT predikat FROM core.ref_predikat)
   OR rating_organisasi NOT IN ('istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'));

-- test: nilai_dim_region_tingkat
-- A region is a provinsi (code PP) or a kabkota (code PP.KK), and a kab/kota's province is its code's first two digits.
SELECT kode_wilayah, tingkat, kode_provinsi FROM core.dim_region
WHERE NOT ((tingkat = 'provinsi' AND regexp_full_match(kode_wilayah, '[0-9]{2}'))
        OR (tingkat = 'kabkota' AND regexp_full_match(kode_wilayah, '[0-9]{2}\.[0-9]{2}')))
   OR kode_provinsi <> left(kode_wilayah, 2);

-- test: relasi_dim_unit_region
-- Every unit's region is a current region of core.dim_region (old codes such as 92.71 were crosswalked).
SELECT u.kode_unit, u.kode_wilayah FROM core.dim_unit u
WHERE u.kode_wilayah NOT IN (SELECT kode_wilayah FROM core.dim_region);

-- test: relasi_dim_unit_induk
-- A parent unit, when given, exists.
SELECT kode_unit, kode_unit_induk FROM core.dim_unit
WHERE kode_unit_induk IS NOT NULL AND kode_unit_induk NOT IN (SELECT kode_unit FROM core.dim_unit);

-- test: relasi_dim_employee_unit
-- Every assignment is to a known unit.
SELECT nip, berlaku_mulai, kode_unit FROM core.dim_employee
WHERE kode_unit NOT IN (SELECT kode_unit FROM core.dim_unit);

-- test: relasi_dim_period_induk
-- Period roll-ups point at existing periods: month -> quarter -> semester -> year.
SELECT periode, periode_induk, periode_triwulan, periode_semester, periode_tahun FROM core.dim_period
WHERE (periode_induk IS NOT NULL AND periode_induk NOT IN (SELECT periode FROM core.dim_period))
   OR (periode_triwulan IS NOT NULL AND periode_triwulan NOT IN (SELECT periode FROM core.dim_period))
   OR (periode_semester IS NOT NULL AND periode_semester NOT IN (SELECT periode FROM core.dim_period))
   OR periode_tahun NOT IN (SELECT periode FROM core.dim_period)
   OR (jenis_periode = 'tahun') <> (periode_induk IS NULL);

-- test: rekonsiliasi_appraisal_satu_unit_periode
-- Every appraisal row lands in exactly one known unit and one known period (the ones that cannot are in core.appraisal_set_aside).
SELECT f.nip, f.periode, f.kode_unit FROM core.fact_appraisal f
WHERE coalesce(f.tanggal_mulai >= {{start}}, true)
  AND (f.kode_unit IS NULL OR f.kode_unit NOT IN (SELECT kode_unit FROM core.dim_unit)
       OR f.periode NOT IN (SELECT periode FROM core.dim_period));

-- test: rekonsiliasi_appraisal_staging
-- Nothing is lost or doubled between staging and the fact: one row in core.fact_appraisal or core.appraisal_set_aside per staged appraisal with a known period (a refresh from year Y counts the periods of Y on, the ones it replaced).
SELECT s.n AS staged, f.n AS fact, x.n AS set_aside FROM
    (SELECT count(*) AS n FROM stg.appraisals_since('{{year}}') WHERE periode IN (SELECT periode FROM core.dim_period)) s,
    (SELECT count(*) AS n FROM core.fact_appraisal WHERE tanggal_mulai >= {{start}}) f,
    (SELECT count(*) AS n FROM core.appraisal_set_aside WHERE tanggal_mulai >= {{start}}) x
WHERE s.n <> f.n + x.n;

-- test: rekonsiliasi_appraisal_set_aside
-- No appraisal is both counted and set aside: core.appraisal_set_aside and core.fact_appraisal share no key.
SELECT f.nip, f.periode, f.sumber, f.nip_penilai FROM core.fact_appraisal f
SEMI JOIN core.appraisal_set_aside x ON x.nip = f.nip AND x.periode = f.periode AND x.sumber = f.sumber
    AND (x.sumber = 'atasan' OR coalesce(x.nip_penilai, '') = coalesce(f.nip_penilai, ''))
WHERE f.tanggal_mulai >= {{start}};

-- test: relasi_appraisal_penugasan
-- severity: error above 10 rows and 0.5% of stg.appraisals_since('{{year}}')
-- Every appraisal's person has an assignment to a known unit at the period's end (or the source names a known unit). The others are set aside in core.appraisal_set_aside with their reason (kinerja quarantine --set-aside) and left out of the marts. e-Kinerja and SIMPEG exports never align perfectly, so a few only warn; more than 10 rows that are also more than 0.5% of the staged appraisals mean the files do not belong together, and block.
SELECT x.nip, x.periode, x.sumber, x.alasan, x._batch, x._line FROM core.appraisal_set_aside x
WHERE x.tanggal_mulai >= {{start}}
ORDER BY x._batch, x._line;
