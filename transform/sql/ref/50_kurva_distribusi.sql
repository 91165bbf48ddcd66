-- The kurva distribusi (DOMAIN.md; the source is a circular, *unconfirmed*):
-- how the organisational rating (rating_organisasi) constrains the shares of
-- employees' predikat in the unit. One row per rating; a NULL threshold does
-- not apply. Shares are percentages of the unit's atasan-rated people.
--   sb_terbesar:          Sangat Baik must be the largest group (ties with
--                         another group count as largest);
--   sb_maks, baik_maks:   at most this % Sangat Baik / Baik;
--   bp_min, kurang_min, sk_min: at least this % Butuh Perbaikan /
--                         Kurang(Misconduct) / Sangat Kurang;
--   bp_kurang_min:        at least this % Butuh Perbaikan + Kurang together;
--   bp_kurang_ada:        at least one Butuh Perbaikan or Kurang.
CREATE OR REPLACE TABLE core.ref_kurva_distribusi AS
SELECT * FROM (VALUES
    ('istimewa',        true,  70.0, NULL, NULL, NULL, NULL, NULL, false,
     'Sangat Baik is the largest group, at most 70 %'),
    ('baik',            false, NULL, 70.0, NULL, NULL, NULL, NULL, true,
     'Baik at most 70 %; some Butuh Perbaikan and/or Kurang must exist'),
    ('butuh_perbaikan', false, 10.0, NULL, 60.0, NULL, NULL, NULL, false,
     'at least 60 % Butuh Perbaikan; Sangat Baik at most 10 %'),
    ('kurang',          false, 10.0, NULL, 10.0, 60.0, NULL, NULL, false,
     'at least 60 % Kurang/Misconduct; at least 10 % Butuh Perbaikan; Sangat Baik at most 10 %'),
    ('sangat_kurang',   false, 0.0,  NULL, NULL, NULL, 60.0, 10.0, false,
     'at least 60 % Sangat Kurang; at least 10 % Kurang and/or Butuh Perbaikan; no Sangat Baik')
) AS t(rating_organisasi, sb_terbesar, sb_maks, baik_maks, bp_min, kurang_min, sk_min, bp_kurang_min,
       bp_kurang_ada, aturan);
