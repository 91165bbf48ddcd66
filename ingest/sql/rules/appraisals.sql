-- Row rules for appraisals.
        WHEN capaian_iki < 0 OR capaian_iki > 1000 THEN 'capaian_iki' || chr(31) || 'capaian IKI must be a percentage 0-1000, got ' || CAST(capaian_iki AS VARCHAR)
