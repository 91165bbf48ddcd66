-- Rapor pegawai: the person's assignments (core.dim_employee, one row per
-- assignment), oldest first, with the unit and region names. Parameter $1:
-- the NIP. No other person is selected.
SELECT e.nip, coalesce(e.nama, ''), coalesce(e.jenis_asn, ''), coalesce(e.jabatan, ''),
       coalesce(e.jenis_jabatan, ''), coalesce(e.golongan, ''), e.kode_unit, coalesce(u.nama_unit, e.kode_unit),
       coalesce(u.kode_wilayah, ''), coalesce(r.nama, u.kode_wilayah, ''),
       e.berlaku_mulai, e.berlaku_sampai, coalesce(e.terkini, false)
FROM core.dim_employee e
LEFT JOIN core.dim_unit u ON u.kode_unit = e.kode_unit
LEFT JOIN core.dim_region r ON r.kode_wilayah = u.kode_wilayah
WHERE e.nip = $1
ORDER BY e.berlaku_mulai, e.urutan_penugasan;
