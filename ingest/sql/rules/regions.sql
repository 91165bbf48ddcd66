-- Row rules for regions.
        WHEN penduduk_total < 0 THEN 'penduduk_total' || chr(31) || 'population cannot be negative'
