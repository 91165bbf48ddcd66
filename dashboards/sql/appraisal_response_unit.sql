-- Employees' responses to their official appraisals per unit and period
-- (mart.appraisal_response_unit).
SELECT kode_unit, kode_wilayah, periode, jenis_periode, tanggal_mulai, pegawai_dinilai, ditanggapi, setuju, keberatan,
       persen_keberatan, persen_keberatan_bawah, persen_keberatan_atas, keberatan_diterima, keberatan_ditolak,
       keberatan_proses, keberatan_tanpa_hasil, persen_keberatan_diterima
FROM mart.appraisal_response_unit
ORDER BY kode_wilayah, kode_unit, jenis_periode, tanggal_mulai;
