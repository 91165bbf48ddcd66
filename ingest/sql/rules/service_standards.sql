-- Row rules for service_standards.
        WHEN batas_jam <= 0 THEN 'batas_jam' || chr(31) || 'the standard time must be positive'
