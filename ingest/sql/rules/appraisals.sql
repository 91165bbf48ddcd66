-- Row rules for appraisals.
        WHEN capaian_iki < 0 OR capaian_iki > 1000 THEN 'capaian_iki' || chr(31) || 'capaian IKI must be a percentage 0-1000, got ' || CAST(capaian_iki AS VARCHAR)
        WHEN hasil_keberatan IS NOT NULL AND tanggapan IS DISTINCT FROM 'keberatan' THEN 'hasil_keberatan' || chr(31) || 'an objection''s outcome (' || hasil_keberatan || ') on an appraisal without tanggapan keberatan'
