-- Rapor pegawai: the person's assignments (core.dim_employee, one row per
-- assignment), oldest first, with the unit and region names. Parameter $1:
-- the NIP. No other person is selected.
SELECT e.nama, e.jenis_asn, e.jabatan,
       e.jenis_jabatan, e.golongan, e.kode_unit, coalesce(u.nama_unit, e.kode_unit) AS nama_unit,
       u.kode_wilayah, coalesce(r.nama, u.kode_wilayah) AS nama_wilayah,
       e.berlaku_mulai, e.berlaku_sampai, e.terkini
FROM core.dim_employee e
LEFT JOIN core.dim_unit u ON u.kode_unit = e.kode_unit
LEFT JOIN core.dim_region r ON r.kode_wilayah = u.kode_wilayah
WHERE e.nip = $1
ORDER BY e.berlaku_mulai, e.urutan_penugasan;
