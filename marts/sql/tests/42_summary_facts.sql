-- Keys and the small-group rule of mart.summary_facts, the candidate facts
-- of the written summaries (issue 13, points 7 and 8).

-- test: unik_summary_facts
-- mart.summary_facts has one row per (tingkat, kode_wilayah, kode_unit, fakta, subjek); tingkat, kode_wilayah, fakta and periode are never NULL, and kode_unit is set exactly on unit facts.
SELECT tingkat, kode_wilayah, kode_unit, fakta, subjek, count(*) AS n FROM mart.summary_facts GROUP BY ALL
HAVING n > 1 OR tingkat IS NULL OR kode_wilayah IS NULL OR fakta IS NULL OR any_value(periode) IS NULL
    OR (tingkat = 'unit') <> (kode_unit IS NOT NULL);

-- test: ringkasan_kelompok_kecil
-- A summary never says what a page masks: no count of people in mart.summary_facts is 1-4, and a share of people is given only with the people it stands on (5 or more), and a promotion share only where both sides of its split may be shown.
SELECT tingkat, kode_wilayah, kode_unit, fakta, jumlah, dasar, persen FROM mart.summary_facts
WHERE (fakta IN ('berakhlak', 'nilai', 'keselarasan_layanan', 'keselarasan_sektor', 'kurang_20_jp', 'promosi', 'keberatan', 'selisih_360')
       AND (jumlah BETWEEN 1 AND 4 OR dasar BETWEEN 1 AND 4))
   OR (fakta = 'penilai_lunak' AND dasar BETWEEN 1 AND 4)
   OR (fakta IN ('berakhlak', 'nilai', 'keselarasan_layanan', 'keselarasan_sektor', 'kurang_20_jp', 'keberatan', 'penilai_lunak')
       AND persen IS NOT NULL AND (dasar IS NULL OR dasar < 5))
   OR (fakta = 'selisih_360' AND nilai IS NOT NULL AND (dasar IS NULL OR dasar < 5))
   -- the Promosi page shows each region's promotions: a share beside a
   -- withheld split (either side 1-4) would give the split away
   OR (fakta = 'promosi' AND persen IS NOT NULL AND (jumlah IS NULL OR dasar IS NULL));
