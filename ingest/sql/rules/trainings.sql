-- Row rules for trainings.
        WHEN jp <= 0 OR jp > 1000 THEN 'jp' || chr(31) || 'JP must be between 0 and 1000, got ' || CAST(jp AS VARCHAR)
        WHEN tanggal_selesai IS NOT NULL AND tanggal_selesai < tanggal_mulai THEN 'tanggal_selesai' || chr(31) || 'ends before it starts'
