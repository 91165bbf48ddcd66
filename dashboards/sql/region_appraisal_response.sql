-- Employees' responses to their official appraisals per region and period
-- (mart.region_appraisal_response: the units' counts summed in the mart),
-- what a unit page draws when most of the unit's own figures are withheld.
SELECT kode_wilayah, periode, jenis_periode, tanggal_mulai, pegawai_dinilai, ditanggapi, setuju, keberatan,
       persen_keberatan, persen_keberatan_bawah, persen_keberatan_atas, keberatan_diterima, keberatan_ditolak,
       keberatan_proses, keberatan_tanpa_hasil, persen_keberatan_diterima
FROM mart.region_appraisal_response
ORDER BY kode_wilayah, jenis_periode, tanggal_mulai;
