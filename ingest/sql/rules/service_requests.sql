-- Row rules for service_requests, checked after every field is read.
        WHEN selesai IS NOT NULL AND selesai < diajukan THEN 'selesai' || chr(31) || 'finished (' || CAST(selesai AS VARCHAR) || ' WIB) before it was submitted (' || CAST(diajukan AS VARCHAR) || ' WIB)'
        WHEN status = 'selesai' AND selesai IS NULL THEN 'selesai' || chr(31) || 'status selesai but no finish time'
        WHEN status = 'proses' AND selesai IS NOT NULL THEN 'status' || chr(31) || 'status proses but a finish time is given'
