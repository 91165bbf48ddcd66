-- Teams (mart.unit_team): a unit with sub-units, its members' rows and the
-- rolled-up team row, per period; read for the unit page of the team's unit.
SELECT kode_unit_induk, kode_wilayah, periode, jenis_periode, tanggal_mulai, peran, kode_unit, nama_unit, jarak,
       unit_anggota, pegawai_dinilai, jumlah_sangat_baik, persen_sangat_baik, persen_sangat_baik_bawah, persen_sangat_baik_atas,
       selesai_berbatas, tepat_waktu, persen_tepat_waktu, persen_tepat_waktu_bawah, persen_tepat_waktu_atas, responden, ikm, mutu
FROM mart.unit_team
ORDER BY kode_wilayah, kode_unit_induk, jenis_periode, tanggal_mulai,
         CASE peran WHEN 'tim' THEN 0 WHEN 'induk' THEN 1 ELSE 2 END, jarak, kode_unit;
