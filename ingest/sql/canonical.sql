-- Fast paths for values that already arrive in canonical form (what kinerja's
-- own generator and well-kept exports write). For each field type with a
-- fast path, kn_canon_<type>(x) is true only for text that the type's kn_*
-- macro returns as is (or casts as is), and kn_fast_<type>(x) is that result,
-- computed without the macro's parsing. The ingest checks a whole column of a
-- batch with kn_canon_<type> first (one cheap scan); a column whose every
-- value is canonical (or NULL) is read with kn_fast_<type>, any other column
-- with the full macro. TestCanonicalFastPaths and FuzzCanonical check that
-- kn_fast_<type>(x) = kn_<type>(x) whenever kn_canon_<type>(x).

CREATE OR REPLACE TEMP MACRO kn_canon_rating(x) AS x IN ('di_atas', 'sesuai', 'di_bawah');
CREATE OR REPLACE TEMP MACRO kn_canon_predikat(x) AS x IN ('sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang');
CREATE OR REPLACE TEMP MACRO kn_canon_rating_org(x) AS x IN ('istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang');
CREATE OR REPLACE TEMP MACRO kn_canon_sumber(x) AS x IN ('atasan', 'diri', 'rekan', 'bawahan');
CREATE OR REPLACE TEMP MACRO kn_canon_jenis_asn(x) AS x IN ('PNS', 'PPPK');
CREATE OR REPLACE TEMP MACRO kn_canon_jenis_jabatan(x) AS x IN ('struktural', 'fungsional', 'pelaksana');
CREATE OR REPLACE TEMP MACRO kn_canon_tingkat(x) AS x IN ('provinsi', 'kabkota');
CREATE OR REPLACE TEMP MACRO kn_canon_layanan(x) AS x IN ('KTP_EL', 'KK', 'AKTA_LAHIR', 'AKTA_MATI', 'AKTA_KAWIN', 'PINDAH', 'KIA');
CREATE OR REPLACE TEMP MACRO kn_canon_kanal(x) AS x IN ('loket', 'online', 'jemput_bola');
CREATE OR REPLACE TEMP MACRO kn_canon_status(x) AS x IN ('selesai', 'proses', 'ditolak');
CREATE OR REPLACE TEMP MACRO kn_canon_jenis_kompetensi(x) AS x IN ('teknis', 'manajerial', 'sosial_kultural');
CREATE OR REPLACE TEMP MACRO kn_canon_potensi(x) AS x IN ('rendah', 'menengah', 'tinggi');
CREATE OR REPLACE TEMP MACRO kn_canon_arah(x) AS x IN ('naik', 'turun');
CREATE OR REPLACE TEMP MACRO kn_canon_tanggapan(x) AS x IN ('setuju', 'keberatan');
CREATE OR REPLACE TEMP MACRO kn_canon_hasil_keberatan(x) AS x IN ('diterima', 'ditolak', 'proses');
-- The labels above are their own canonical value.
CREATE OR REPLACE TEMP MACRO kn_fast_label(x) AS x;

-- Open vocabularies folded to keys (kn_key): already a key, and no placeholder.
CREATE OR REPLACE TEMP MACRO kn_canon_code(x) AS
    regexp_full_match(x, '[a-z0-9]+(_[a-z0-9]+)*') AND x NOT IN ('null', 'na', 'n_a');

-- Free text and identifiers (kn_text): no space of any kind at either end
-- (trim removes Unicode spaces), no run of spaces, no tab or line break, and
-- no placeholder for "empty".
CREATE OR REPLACE TEMP MACRO kn_canon_text(x) AS
    NOT regexp_matches(x, '^[\s\p{Z}\v\x{85}]|[\s\p{Z}\v\x{85}]$|\s\s|[\t\n\f\r]')
    AND lower(x) NOT IN ('', '-', '--', 'null', 'n/a', 'na', '#n/a');

CREATE OR REPLACE TEMP MACRO kn_canon_period(x) AS
    regexp_full_match(x, '(199\d|20\d\d)(-(Q[1-4]|S[12]|0[1-9]|1[0-2]))?');
CREATE OR REPLACE TEMP MACRO kn_canon_region(x) AS
    regexp_full_match(x, '(1[1-9]|[2-9]\d)(\.(0[1-9]|[1-9]\d))?');

CREATE OR REPLACE TEMP MACRO kn_canon_score(x) AS x IN ('1', '2', '3', '4');
CREATE OR REPLACE TEMP MACRO kn_fast_score(x) AS CAST(x AS INTEGER);

CREATE OR REPLACE TEMP MACRO kn_canon_date(x) AS regexp_full_match(x, '\d{4}-\d{2}-\d{2}');
-- (try_strptime with the end mark '|': see kn_strp_text in macros.sql.)
CREATE OR REPLACE TEMP MACRO kn_fast_date(x) AS CAST(try_strptime(x || '|', '%Y-%m-%d|') AS DATE);

CREATE OR REPLACE TEMP MACRO kn_canon_ts(x) AS regexp_full_match(x, '\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?');
CREATE OR REPLACE TEMP MACRO kn_fast_ts(x) AS
    CAST(try_strptime(x || '|', ['%Y-%m-%d %H:%M:%S|', '%Y-%m-%d %H:%M|']) AS TIMESTAMP);

CREATE OR REPLACE TEMP MACRO kn_canon_decimal(x) AS regexp_full_match(x, '-?\d{1,15}(\.\d{1,15})?');
CREATE OR REPLACE TEMP MACRO kn_fast_decimal(x) AS TRY_CAST(x AS DOUBLE);

CREATE OR REPLACE TEMP MACRO kn_canon_int(x) AS regexp_full_match(x, '-?\d{1,18}');
CREATE OR REPLACE TEMP MACRO kn_fast_int(x) AS TRY_CAST(x AS BIGINT);

-- NIP: 18 digits as they stand; the problem check skips the cleaning.
CREATE OR REPLACE TEMP MACRO kn_canon_nip(x) AS regexp_full_match(x, '\d{18}');
CREATE OR REPLACE TEMP MACRO kn_fast_nip_problem(x) AS kn_nip_problem_digits(x);
