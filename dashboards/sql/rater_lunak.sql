-- Lenient raters (label = 'lunak'), by pseudonym only: nip_penilai is never selected.
SELECT id_penilai, jabatan_penilai, kode_unit, kode_wilayah, periode, jenis_periode,
       tanggal_mulai, dinilai, persen_di_atas, selisih
FROM mart.rater_calibration
WHERE label = 'lunak'
ORDER BY kode_wilayah, tanggal_mulai DESC, persen_di_atas DESC NULLS LAST, id_penilai;
