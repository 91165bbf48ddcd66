-- Normalisation of source values, exactly as ../shared/CONTRACT.md describes.
-- Every kn_* macro takes the text as it arrived and returns the canonical value,
-- or NULL when the text cannot be read (the ingest then quarantines the row,
-- naming the field). Created as TEMP macros on the ingest connection.

-- Empty cells: nothing, spaces, or the placeholders Indonesian exports use.
CREATE OR REPLACE TEMP MACRO kn_blank(x) AS
    list_contains(['', '-', '--', 'null', 'n/a', 'na', '#n/a'], coalesce(lower(trim(x)), ''));

-- Free text: trimmed, inner whitespace folded.
CREATE OR REPLACE TEMP MACRO kn_text(x) AS
    CASE WHEN kn_blank(x) THEN NULL ELSE trim(regexp_replace(x, '\s+', ' ', 'g')) END;

-- A label folded to a key: lower case, runs of anything else than a-z0-9 -> '_'.
-- Text with no letter or digit at all ('%', '{{.}}', Arabic script) is no key:
-- NULL, so that the row is quarantined instead of loading an empty code.
-- A placeholder dressed in punctuation ('NA!', 'N.A.', '(null)') folds to a
-- placeholder key, and is no key either: else 'NA!' would load as code 'NA',
-- which read again is blank.
CREATE OR REPLACE TEMP MACRO kn_key_s(k) AS
    CASE WHEN k IN ('', 'na', 'n_a', 'null') THEN NULL ELSE k END;
CREATE OR REPLACE TEMP MACRO kn_key(x) AS
    CASE WHEN kn_blank(x) THEN NULL
         ELSE kn_key_s(trim(regexp_replace(lower(trim(x)), '[^a-z0-9]+', '_', 'g'), '_')) END;

-- Hasil kerja, perilaku kerja and the BerAKHLAK values: di_atas | sesuai | di_bawah.
CREATE OR REPLACE TEMP MACRO kn_rating(x) AS
    CASE regexp_replace(kn_key(x), '_?ekspektasi$', '')
        WHEN 'di_atas' THEN 'di_atas' WHEN 'diatas' THEN 'di_atas' WHEN 'atas' THEN 'di_atas'
        WHEN 'sesuai' THEN 'sesuai'
        WHEN 'di_bawah' THEN 'di_bawah' WHEN 'dibawah' THEN 'di_bawah' WHEN 'bawah' THEN 'di_bawah'
    END;

-- Predikat kinerja pegawai (Kurang/Misconduct is stored as kurang).
CREATE OR REPLACE TEMP MACRO kn_predikat(x) AS
    CASE kn_key(x)
        WHEN 'sangat_baik' THEN 'sangat_baik'
        WHEN 'baik' THEN 'baik'
        WHEN 'butuh_perbaikan' THEN 'butuh_perbaikan' WHEN 'cukup' THEN 'butuh_perbaikan'
        WHEN 'kurang' THEN 'kurang' WHEN 'kurang_misconduct' THEN 'kurang' WHEN 'misconduct' THEN 'kurang'
        WHEN 'sangat_kurang' THEN 'sangat_kurang'
    END;

-- Rating (capaian kinerja) organisasi: Butuh Perbaikan is also written Cukup.
CREATE OR REPLACE TEMP MACRO kn_rating_org(x) AS
    CASE kn_key(x)
        WHEN 'istimewa' THEN 'istimewa'
        WHEN 'baik' THEN 'baik'
        WHEN 'butuh_perbaikan' THEN 'butuh_perbaikan' WHEN 'cukup' THEN 'butuh_perbaikan'
        WHEN 'butuh_perbaikan_cukup' THEN 'butuh_perbaikan'
        WHEN 'kurang' THEN 'kurang'
        WHEN 'sangat_kurang' THEN 'sangat_kurang'
    END;

-- Feedback source of an appraisal.
CREATE OR REPLACE TEMP MACRO kn_sumber(x) AS
    CASE kn_key(x)
        WHEN 'atasan' THEN 'atasan' WHEN 'atasan_langsung' THEN 'atasan' WHEN 'supervisor' THEN 'atasan'
        WHEN 'diri' THEN 'diri' WHEN 'diri_sendiri' THEN 'diri' WHEN 'sendiri' THEN 'diri' WHEN 'self' THEN 'diri'
        WHEN 'rekan' THEN 'rekan' WHEN 'rekan_kerja' THEN 'rekan' WHEN 'peer' THEN 'rekan'
        WHEN 'bawahan' THEN 'bawahan' WHEN 'subordinate' THEN 'bawahan'
    END;

CREATE OR REPLACE TEMP MACRO kn_jenis_asn(x) AS
    CASE kn_key(x) WHEN 'pns' THEN 'PNS' WHEN 'pppk' THEN 'PPPK' WHEN 'p3k' THEN 'PPPK' END;

-- struktural | fungsional | pelaksana; JPT (pimpinan tinggi) is counted as
-- struktural, JF as fungsional and JA (administrasi) as pelaksana.
CREATE OR REPLACE TEMP MACRO kn_jenis_jabatan(x) AS
    CASE kn_key(x)
        WHEN 'struktural' THEN 'struktural' WHEN 'jpt' THEN 'struktural'
        WHEN 'fungsional' THEN 'fungsional' WHEN 'jf' THEN 'fungsional'
        WHEN 'pelaksana' THEN 'pelaksana' WHEN 'ja' THEN 'pelaksana'
    END;

CREATE OR REPLACE TEMP MACRO kn_tingkat(x) AS
    CASE kn_key(x)
        WHEN 'provinsi' THEN 'provinsi' WHEN 'prov' THEN 'provinsi'
        WHEN 'kabkota' THEN 'kabkota' WHEN 'kab_kota' THEN 'kabkota' WHEN 'kabupaten' THEN 'kabkota'
        WHEN 'kota' THEN 'kabkota' WHEN 'kabupaten_kota' THEN 'kabkota'
    END;

-- Dukcapil services keep their upper-case codes; common long forms are folded.
CREATE OR REPLACE TEMP MACRO kn_layanan(x) AS
    CASE upper(kn_key(x))
        WHEN 'KTP_EL' THEN 'KTP_EL' WHEN 'KTPEL' THEN 'KTP_EL' WHEN 'E_KTP' THEN 'KTP_EL' WHEN 'KTP' THEN 'KTP_EL'
        WHEN 'KARTU_KELUARGA' THEN 'KK'
        WHEN 'AKTA_KELAHIRAN' THEN 'AKTA_LAHIR' WHEN 'AKTA_KEMATIAN' THEN 'AKTA_MATI'
        WHEN 'AKTA_PERKAWINAN' THEN 'AKTA_KAWIN' WHEN 'SURAT_KETERANGAN_PINDAH' THEN 'PINDAH'
        WHEN 'SKPWNI' THEN 'PINDAH' WHEN 'KARTU_IDENTITAS_ANAK' THEN 'KIA'
        ELSE upper(kn_key(x))
    END;

CREATE OR REPLACE TEMP MACRO kn_kanal(x) AS
    CASE kn_key(x)
        WHEN 'loket' THEN 'loket' WHEN 'offline' THEN 'loket'
        WHEN 'online' THEN 'online' WHEN 'daring' THEN 'online'
        WHEN 'jemput_bola' THEN 'jemput_bola' WHEN 'jebol' THEN 'jemput_bola'
    END;

CREATE OR REPLACE TEMP MACRO kn_status(x) AS
    CASE kn_key(x)
        WHEN 'selesai' THEN 'selesai' WHEN 'done' THEN 'selesai' WHEN 'completed' THEN 'selesai' WHEN 'terbit' THEN 'selesai'
        WHEN 'proses' THEN 'proses' WHEN 'diproses' THEN 'proses' WHEN 'pending' THEN 'proses' WHEN 'dalam_proses' THEN 'proses'
        WHEN 'ditolak' THEN 'ditolak' WHEN 'tolak' THEN 'ditolak' WHEN 'rejected' THEN 'ditolak'
    END;

CREATE OR REPLACE TEMP MACRO kn_jenis_kompetensi(x) AS
    CASE kn_key(x)
        WHEN 'teknis' THEN 'teknis' WHEN 'manajerial' THEN 'manajerial'
        WHEN 'sosial_kultural' THEN 'sosial_kultural' WHEN 'sosiokultural' THEN 'sosial_kultural'
    END;

CREATE OR REPLACE TEMP MACRO kn_potensi(x) AS
    CASE kn_key(x) WHEN 'rendah' THEN 'rendah' WHEN 'menengah' THEN 'menengah' WHEN 'sedang' THEN 'menengah'
                   WHEN 'tinggi' THEN 'tinggi' END;

CREATE OR REPLACE TEMP MACRO kn_arah(x) AS
    CASE kn_key(x) WHEN 'naik' THEN 'naik' WHEN 'turun' THEN 'turun' END;

-- The employee's response to an appraisal (tanggapan): setuju | keberatan.
CREATE OR REPLACE TEMP MACRO kn_tanggapan(x) AS
    CASE kn_key(x)
        WHEN 'setuju' THEN 'setuju' WHEN 'menerima' THEN 'setuju' WHEN 'sepakat' THEN 'setuju'
        WHEN 'keberatan' THEN 'keberatan' WHEN 'mengajukan_keberatan' THEN 'keberatan'
        WHEN 'tidak_setuju' THEN 'keberatan' WHEN 'banding' THEN 'keberatan'
    END;

-- How an objection ended (hasil_keberatan): diterima (granted) | ditolak | proses (undecided).
CREATE OR REPLACE TEMP MACRO kn_hasil_keberatan(x) AS
    CASE kn_key(x)
        WHEN 'diterima' THEN 'diterima' WHEN 'dikabulkan' THEN 'diterima' WHEN 'terima' THEN 'diterima'
        WHEN 'ditolak' THEN 'ditolak' WHEN 'tolak' THEN 'ditolak'
        WHEN 'proses' THEN 'proses' WHEN 'diproses' THEN 'proses' WHEN 'dalam_proses' THEN 'proses'
    END;

-- Lower-case key for open vocabularies (sektor, indikator, satuan).
CREATE OR REPLACE TEMP MACRO kn_code(x) AS kn_key(x);

-- Decimals with a dot or a comma ('85.5', '85,5', '97,5%'); thousands separators
-- are taken only when the other separator marks the decimals ('1.234,5').
CREATE OR REPLACE TEMP MACRO kn_decimal_s(s) AS
    CASE
        WHEN regexp_full_match(s, '[+-]?\d+([.,]\d+)?') THEN TRY_CAST(replace(s, ',', '.') AS DOUBLE)
        WHEN regexp_full_match(s, '[+-]?\d{1,3}(\.\d{3})+,\d+') THEN TRY_CAST(replace(replace(s, '.', ''), ',', '.') AS DOUBLE)
        WHEN regexp_full_match(s, '[+-]?\d{1,3}(,\d{3})+\.\d+') THEN TRY_CAST(replace(s, ',', '') AS DOUBLE)
        WHEN regexp_full_match(s, '[+-]?\d+(\.\d+)?[eE][+-]?\d+') THEN TRY_CAST(s AS DOUBLE)
    END;
CREATE OR REPLACE TEMP MACRO kn_decimal(x) AS kn_decimal_s(regexp_replace(trim(x), '[\s%]', '', 'g'));

-- Integer counts: thousands separators allowed ('1.234' = 1234), '12.0' accepted.
CREATE OR REPLACE TEMP MACRO kn_int_s(s) AS
    CASE
        WHEN regexp_full_match(s, '[+-]?\d{1,18}') THEN TRY_CAST(s AS BIGINT)
        WHEN regexp_full_match(s, '\d{1,3}(\.\d{3})+') THEN TRY_CAST(replace(s, '.', '') AS BIGINT)
        WHEN regexp_full_match(s, '\d{1,3}(,\d{3})+') THEN TRY_CAST(replace(s, ',', '') AS BIGINT)
        WHEN regexp_full_match(s, '[+-]?\d{1,18}[.,]0+') THEN TRY_CAST(regexp_extract(s, '^[+-]?\d+') AS BIGINT)
    END;
CREATE OR REPLACE TEMP MACRO kn_int(x) AS kn_int_s(regexp_replace(trim(x), '\s', '', 'g'));

-- Indonesian (and English) month names and abbreviations -> month number.
CREATE OR REPLACE TEMP MACRO kn_month(m) AS
    CASE lower(m)
        WHEN 'januari' THEN 1 WHEN 'january' THEN 1 WHEN 'jan' THEN 1
        WHEN 'februari' THEN 2 WHEN 'pebruari' THEN 2 WHEN 'february' THEN 2 WHEN 'feb' THEN 2 WHEN 'peb' THEN 2
        WHEN 'maret' THEN 3 WHEN 'march' THEN 3 WHEN 'mar' THEN 3
        WHEN 'april' THEN 4 WHEN 'apr' THEN 4
        WHEN 'mei' THEN 5 WHEN 'may' THEN 5
        WHEN 'juni' THEN 6 WHEN 'june' THEN 6 WHEN 'jun' THEN 6
        WHEN 'juli' THEN 7 WHEN 'july' THEN 7 WHEN 'jul' THEN 7
        WHEN 'agustus' THEN 8 WHEN 'august' THEN 8 WHEN 'agu' THEN 8 WHEN 'agt' THEN 8 WHEN 'ags' THEN 8 WHEN 'aug' THEN 8
        WHEN 'september' THEN 9 WHEN 'sep' THEN 9 WHEN 'sept' THEN 9
        WHEN 'oktober' THEN 10 WHEN 'october' THEN 10 WHEN 'okt' THEN 10 WHEN 'oct' THEN 10
        WHEN 'november' THEN 11 WHEN 'nopember' THEN 11 WHEN 'nov' THEN 11 WHEN 'nop' THEN 11
        WHEN 'desember' THEN 12 WHEN 'december' THEN 12 WHEN 'des' THEN 12 WHEN 'dec' THEN 12
    END;

-- Every try_strptime here (and in canonical.sql) reads its text with an end
-- mark '|' (kn_strp_text) against formats that end with '|'. DuckDB 1.1.2's
-- strptime reads one byte past the end of a text that stops where the format
-- still expects a literal ('2024-12-11 15:52' against '%Y-%m-%d %H:%M:%S' reads
-- the byte after '52'); when the text ends at a page boundary followed by a
-- guard page, that read kills the process with SIGSEGV (docs/ROBUSTNESS.md).
-- With the mark, nothing but the format's final '|' can consume the text's
-- last byte, so the parser never reads past it. Trailing whitespace, which
-- strptime skips, is removed before the mark, so the results are the same.
CREATE OR REPLACE TEMP MACRO kn_strp_text(s) AS
    rtrim(s, ' ' || chr(9) || chr(10) || chr(11) || chr(12) || chr(13)) || '|';

CREATE OR REPLACE TEMP MACRO kn_ymd(y, m, d) AS
    TRY_CAST(try_strptime(printf('%04d-%02d-%02d|', TRY_CAST(y AS INTEGER), TRY_CAST(m AS INTEGER), TRY_CAST(d AS INTEGER)), '%Y-%m-%d|') AS DATE);

-- Dates: 2025-03-31, 31/03/2025, 31-03-2025, 31 Maret 2025, or an Excel serial
-- number (days since 1899-12-30; five digits, 1927..2173). The common forms go
-- through strptime; the rest through the slower patterns.
CREATE OR REPLACE TEMP MACRO kn_date_slow(s) AS
    CASE
        WHEN regexp_full_match(s, '\d{1,2}\s+[A-Za-z]+\.?\s+\d{4}')
            THEN kn_ymd(regexp_extract(s, '(\d{4})$', 1), kn_month(regexp_extract(s, '^\d{1,2}\s+([A-Za-z]+)', 1)), regexp_extract(s, '^(\d{1,2})', 1))
        WHEN regexp_full_match(s, '\d{5}(\.0+)?')
            THEN DATE '1899-12-30' + CAST(regexp_extract(s, '^(\d{5})', 1) AS INTEGER)
    END;

CREATE OR REPLACE TEMP MACRO kn_date(x) AS
    list_transform([trim(x)], s -> coalesce(
        CAST(try_strptime(kn_strp_text(s), ['%Y-%m-%d|', '%d/%m/%Y|', '%d-%m-%Y|']) AS DATE),
        kn_date_slow(s)))[1];

-- Day/month order of numeric dates. The contract's order is day first
-- (31/03/2025), but exports from US-locale Excel write month first
-- (12/31/2025). The ingest decides the order per column (dateOrders in
-- ingest/dateorder.go): a column where some value can only be month-first
-- (the second number above 12) and none only day-first is read month-first
-- (kn_date_md, kn_ts_md); a column with values of both kinds cannot be decided,
-- and its values that read as two different dates (03/04/2025) are
-- quarantined, never guessed (kn_date_mixed, kn_ts_mixed).
-- kn_dm_parts: the parts of a text that starts N/N/YYYY or N-N-YYYY ('' parts
-- for any other text).
CREATE OR REPLACE TEMP MACRO kn_dm_parts(x) AS
    regexp_extract(trim(x), '^(\d{1,2})([/-])(\d{1,2})([/-]\d{4}(?:\D.*)?)$', ['a', 'sep', 'b', 'rest']);
-- 'dm' when the text reads only day-first (31/12/2025), 'md' only month-first
-- (12/31/2025), NULL otherwise.
CREATE OR REPLACE TEMP MACRO kn_dm_evidence(x) AS
    list_transform([kn_dm_parts(x)], m -> CASE
        WHEN m.a = '' THEN NULL
        WHEN TRY_CAST(m.a AS INTEGER) > 12 AND TRY_CAST(m.b AS INTEGER) BETWEEN 1 AND 12 THEN 'dm'
        WHEN TRY_CAST(m.b AS INTEGER) > 12 AND TRY_CAST(m.a AS INTEGER) BETWEEN 1 AND 12 THEN 'md'
    END)[1];
-- The text reads as two different dates (03/04/2025; not 04/04/2025).
CREATE OR REPLACE TEMP MACRO kn_dm_ambiguous(x) AS
    list_transform([kn_dm_parts(x)], m -> m.a <> ''
        AND TRY_CAST(m.a AS INTEGER) BETWEEN 1 AND 12 AND TRY_CAST(m.b AS INTEGER) BETWEEN 1 AND 12
        AND TRY_CAST(m.a AS INTEGER) <> TRY_CAST(m.b AS INTEGER))[1];
-- The text with its first two numbers swapped (month-first to day-first).
CREATE OR REPLACE TEMP MACRO kn_dm_swap(x) AS
    list_transform([kn_dm_parts(x)], m -> CASE WHEN m.a = '' THEN x ELSE m.b || m.sep || m.a || m.rest END)[1];

-- Zone of a timestamp as minutes east of UTC; '' = Asia/Jakarta (WIB, +07).
CREATE OR REPLACE TEMP MACRO kn_zone_minutes(z) AS
    CASE
        WHEN z = '' OR z = 'WIB' THEN 420
        WHEN z = 'WITA' THEN 480
        WHEN z = 'WIT' THEN 540
        WHEN z IN ('Z', 'UTC', 'GMT') THEN 0
        WHEN regexp_full_match(z, '[+-]\d{2}:?\d{2}')
            THEN (CASE WHEN left(z, 1) = '-' THEN -1 ELSE 1 END)
                 * (CAST(substr(z, 2, 2) AS INTEGER) * 60 + CAST(right(z, 2) AS INTEGER))
    END;

-- The zone suffix of an upper-cased timestamp text ('' when none; only after a
-- time, so the day of a date-only value is never read as a zone).
CREATE OR REPLACE TEMP MACRO kn_ts_zone(s) AS
    CASE
        WHEN NOT contains(s, ':') THEN ''
        WHEN ends_with(s, 'WITA') THEN 'WITA'
        WHEN ends_with(s, 'WIT') THEN 'WIT'
        WHEN ends_with(s, 'WIB') THEN 'WIB'
        WHEN ends_with(s, 'UTC') THEN 'UTC'
        WHEN ends_with(s, 'GMT') THEN 'GMT'
        WHEN ends_with(s, 'Z') THEN 'Z'
        WHEN regexp_full_match(right(s, 6), '[+-]\d{2}:\d{2}') THEN right(s, 6)
        WHEN regexp_full_match(right(s, 5), '[+-]\d{4}') THEN right(s, 5)
        ELSE ''
    END;

CREATE OR REPLACE TEMP MACRO kn_ts_local(s, z) AS
    CAST(try_strptime(kn_strp_text(left(s, length(s) - length(z))),
        ['%Y-%m-%d %H:%M:%S|', '%Y-%m-%d %H:%M|', '%Y-%m-%dT%H:%M:%S|', '%Y-%m-%dT%H:%M|',
         '%Y-%m-%d %H:%M:%S.%f|', '%Y-%m-%dT%H:%M:%S.%f|', '%Y-%m-%d %H.%M|',
         '%d/%m/%Y %H:%M:%S|', '%d/%m/%Y %H:%M|', '%d-%m-%Y %H:%M:%S|', '%d-%m-%Y %H:%M|', '%d/%m/%Y %H.%M|'])
        AS TIMESTAMP)
    + to_minutes(420 - kn_zone_minutes(z));

-- Any other date form of the contract (31 Maret 2025, 31 Mar. 2025, an Excel
-- serial) followed by a time: 31 MARET 2025 08:15[:00], also with a comma or
-- 'pukul'/'jam' between them and '.' between hours and minutes. The date is
-- read by kn_date, the time checked by range here.
CREATE OR REPLACE TEMP MACRO kn_ts_split(s, z) AS
    list_transform([regexp_extract(left(s, length(s) - length(z)),
            '^(.*?[^\s,])(?:[\s,]+(?:PUKUL|JAM))?[\s,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*$',
            ['d', 'h', 'mi', 'se'])],
        m -> CASE WHEN m.d <> '' AND TRY_CAST(m.h AS INTEGER) < 24 AND TRY_CAST(m.mi AS INTEGER) < 60
                       AND coalesce(TRY_CAST(nullif(m.se, '') AS INTEGER), 0) < 60
            THEN CAST(kn_date(m.d) AS TIMESTAMP)
                 + to_hours(TRY_CAST(m.h AS INTEGER)) + to_minutes(TRY_CAST(m.mi AS INTEGER))
                 + to_seconds(coalesce(TRY_CAST(nullif(m.se, '') AS INTEGER), 0))
                 + to_minutes(420 - kn_zone_minutes(z))
        END)[1];

-- Timestamps with or without seconds, with an optional zone (WIB/WITA/WIT,
-- +07:00, Z). Stored as naive TIMESTAMP in WIB (UTC+07), the contract's default
-- zone; a date alone means midnight; an Excel serial with a fraction is WIB.
-- (list_transform binds a value once, so no part is computed twice.)
CREATE OR REPLACE TEMP MACRO kn_ts(x) AS
    list_transform([upper(trim(x))], s -> coalesce(
        list_transform([kn_ts_zone(s)], z -> coalesce(kn_ts_local(s, z), kn_ts_split(s, z)))[1],
        CASE WHEN NOT contains(s, ':') THEN
            CASE WHEN regexp_full_match(s, '\d{5}\.\d+')
                 THEN TIMESTAMP '1899-12-30 00:00:00' + to_microseconds(CAST(round(CAST(s AS DOUBLE) * 86400e6) AS BIGINT))
                 ELSE CAST(kn_date(s) AS TIMESTAMP) END
        END))[1];

-- Readers of a date or timestamp column by its day/month order (see
-- kn_dm_parts above): 'md' = month first; 'mixed' = both orders occur, so a
-- value that reads as two dates is NULL (quarantined with kn_dm_ambiguous's
-- reason) and one that reads only one way is read that way.
CREATE OR REPLACE TEMP MACRO kn_date_md(x) AS kn_date(kn_dm_swap(x));
CREATE OR REPLACE TEMP MACRO kn_ts_md(x) AS kn_ts(kn_dm_swap(x));
CREATE OR REPLACE TEMP MACRO kn_date_mixed(x) AS
    CASE WHEN kn_dm_ambiguous(x) THEN NULL
         WHEN kn_dm_evidence(x) = 'md' THEN kn_date(kn_dm_swap(x))
         ELSE kn_date(x) END;
CREATE OR REPLACE TEMP MACRO kn_ts_mixed(x) AS
    CASE WHEN kn_dm_ambiguous(x) THEN NULL
         WHEN kn_dm_evidence(x) = 'md' THEN kn_ts(kn_dm_swap(x))
         ELSE kn_ts(x) END;

-- Period codes: '2025' year, '2025-S1' semester, '2025-Q3' quarter, '2025-07'
-- month. Accepts TW/Triwulan/Q and Roman numerals, either order.
CREATE OR REPLACE TEMP MACRO kn_roman(r) AS
    CASE upper(r) WHEN '1' THEN 1 WHEN 'I' THEN 1 WHEN '2' THEN 2 WHEN 'II' THEN 2
                  WHEN '3' THEN 3 WHEN 'III' THEN 3 WHEN '4' THEN 4 WHEN 'IV' THEN 4 END;

CREATE OR REPLACE TEMP MACRO kn_period_s(s) AS
    CASE
        WHEN regexp_full_match(s, '(19[9]\d|20\d\d)') THEN s
        WHEN regexp_full_match(s, '(19[9]\d|20\d\d) ?-? ?(Q|TW|TRW|TRIWULAN) ?-? ?([1-4]|IV|I{1,3})')
            THEN regexp_extract(s, '^(\d{4})', 1) || '-Q' || kn_roman(regexp_extract(s, '([1-4]|IV|I{1,3})$', 1))
        WHEN regexp_full_match(s, '(Q|TW|TRW|TRIWULAN) ?-? ?([1-4]|IV|I{1,3}) ?-? ?(19[9]\d|20\d\d)')
            THEN regexp_extract(s, '(\d{4})$', 1) || '-Q' || kn_roman(regexp_extract(s, '^(?:Q|TW|TRW|TRIWULAN) ?-? ?([1-4]|IV|I{1,3})', 1))
        WHEN regexp_full_match(s, '(19[9]\d|20\d\d) ?-? ?(S|SM|SMT|SEM|SEMESTER) ?-? ?([12]|II|I)')
            THEN regexp_extract(s, '^(\d{4})', 1) || '-S' || kn_roman(regexp_extract(s, '([12]|II|I)$', 1))
        WHEN regexp_full_match(s, '(S|SM|SMT|SEM|SEMESTER) ?-? ?([12]|II|I) ?-? ?(19[9]\d|20\d\d)')
            THEN regexp_extract(s, '(\d{4})$', 1) || '-S' || kn_roman(regexp_extract(s, '^(?:S|SM|SMT|SEM|SEMESTER) ?-? ?([12]|II|I)', 1))
        WHEN regexp_full_match(s, '(19[9]\d|20\d\d)-(0?[1-9]|1[0-2])')
            THEN regexp_extract(s, '^(\d{4})', 1) || '-' || lpad(regexp_extract(s, '-(\d{1,2})$', 1), 2, '0')
    END;
CREATE OR REPLACE TEMP MACRO kn_period(x) AS kn_period_s(upper(trim(regexp_replace(x, '[\s_./]+', ' ', 'g'))));

-- Kode wilayah: province 'PP', kab/kota 'PP.KK'; BPS-style '3201' = '32.01'.
CREATE OR REPLACE TEMP MACRO kn_region_s(s) AS
    CASE
        WHEN regexp_full_match(s, '(1[1-9]|[2-9]\d)') THEN s
        WHEN regexp_full_match(s, '(1[1-9]|[2-9]\d)\.(0[1-9]|[1-9]\d)') THEN s
        WHEN regexp_full_match(s, '(1[1-9]|[2-9]\d)(0[1-9]|[1-9]\d)') THEN left(s, 2) || '.' || right(s, 2)
    END;
CREATE OR REPLACE TEMP MACRO kn_region(x) AS
    kn_region_s(CASE WHEN regexp_full_match(trim(x), '\d{2}\.0|\d{4}\.0+') THEN split_part(trim(x), '.', 1) ELSE trim(x) END);

-- IKM answers: 1-4, or the form's letters a-d (a = 1 ... d = 4).
CREATE OR REPLACE TEMP MACRO kn_score(x) AS
    CASE lower(regexp_replace(trim(x), '\.0+$', ''))
        WHEN '1' THEN 1 WHEN 'a' THEN 1 WHEN '2' THEN 2 WHEN 'b' THEN 2
        WHEN '3' THEN 3 WHEN 'c' THEN 3 WHEN '4' THEN 4 WHEN 'd' THEN 4
    END;

-- NIP as it arrives from spreadsheets: spaces, dots, a leading apostrophe and a
-- trailing '.0' are removed. Scientific notation that still carries all 18
-- digits (1.98503122010011003E+17) is unambiguous and read; with fewer
-- significant digits Excel rounded digits away: that NIP is rejected, not guessed.
CREATE OR REPLACE TEMP MACRO kn_nip_clean(x) AS
    CASE WHEN regexp_full_match(trim(x), '\d+(\.0+)?') THEN regexp_replace(trim(x), '\.0+$', '')
         WHEN regexp_full_match(trim(x), '\d\.\d{17}[eE]\+?17') THEN replace(regexp_extract(trim(x), '^(\d\.\d{17})', 1), '.', '')
         WHEN regexp_full_match(trim(x), '\d(\.\d+)?[eE]\+?\d+') THEN trim(x)
         ELSE regexp_replace(regexp_replace(trim(x), '^''', ''), '[\s.\-]', '', 'g') END;

-- Why a NIP is not valid (NULL when it is). PNS: YYYYMMDD YYYYMM G NNN;
-- PPPK: YYYYMMDD YYYY 2 C G NNN (digit 13 is 2, never a month's first digit).
-- kn_nip_problem_digits takes 18 digits (see canonical.sql).
CREATE OR REPLACE TEMP MACRO kn_nip_problem_digits(n) AS
    CASE
        WHEN TRY_CAST(substr(n, 1, 4) || '-' || substr(n, 5, 2) || '-' || substr(n, 7, 2) AS DATE) IS NULL
          OR CAST(substr(n, 1, 4) AS INTEGER) < 1940
            THEN 'NIP birth date ' || substr(n, 1, 8) || ' is not a real date'
        WHEN substr(n, 13, 1) <> '2' AND NOT (substr(n, 13, 2) BETWEEN '01' AND '12')
            THEN 'NIP appointment month ' || substr(n, 13, 2) || ' is not 01-12 (PNS) nor 2x (PPPK)'
        WHEN CAST(substr(n, 9, 4) AS INTEGER) - CAST(substr(n, 1, 4) AS INTEGER) < 18
            THEN 'NIP appointment year ' || substr(n, 9, 4) || ' is before age 18'
        WHEN CAST(substr(n, 9, 4) AS INTEGER) > year(current_date)
          OR (substr(n, 13, 1) <> '2' AND substr(n, 9, 6) > strftime(current_date, '%Y%m'))
            THEN 'NIP appointment ' || substr(n, 9, 4) || ' is in the future'
        WHEN substr(n, 15, 1) NOT IN ('1', '2') THEN 'NIP gender digit ' || substr(n, 15, 1) || ' is not 1 or 2'
        WHEN substr(n, 16, 3) = '000' THEN 'NIP sequence 000 is not issued (digits rounded away?)'
    END;

CREATE OR REPLACE TEMP MACRO kn_nip_problem_clean(n) AS
    CASE
        WHEN regexp_full_match(n, '\d(\.\d+)?[eE]\+?\d+')
            THEN 'NIP in scientific notation: Excel rounded its digits away'
        WHEN NOT regexp_full_match(n, '\d+') THEN 'NIP must be 18 digits, got ''' || n || ''''
        WHEN length(n) <> 18 THEN 'NIP must be 18 digits, got ' || length(n)
        ELSE kn_nip_problem_digits(n)
    END;

CREATE OR REPLACE TEMP MACRO kn_nip_problem(x) AS
    CASE WHEN kn_blank(x) THEN NULL ELSE list_transform([kn_nip_clean(x)], n -> kn_nip_problem_clean(n))[1] END;

CREATE OR REPLACE TEMP MACRO kn_nip(x) AS
    CASE WHEN kn_blank(x) THEN NULL ELSE
        list_transform([kn_nip_clean(x)], n -> CASE WHEN kn_nip_problem_clean(n) IS NULL THEN n END)[1] END;

-- PNS or PPPK, read off a valid NIP.
CREATE OR REPLACE TEMP MACRO kn_jenis_asn_from_nip(n) AS
    CASE WHEN n IS NULL THEN NULL WHEN substr(n, 13, 1) = '2' THEN 'PPPK' ELSE 'PNS' END;
