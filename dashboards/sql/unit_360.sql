-- The 360 view of each unit per period (mart.unit_360): the mean score of
-- each source over the people rated by their supervisor, the mean gaps
-- diri - atasan and rekan - atasan, the people each stands on, and the
-- unit's raters by label (counts only, never a rater's name or NIP).
SELECT kode_unit, kode_wilayah, periode, jenis_periode, tanggal_mulai, pegawai_atasan, pegawai_diri, pegawai_rekan,
       rata_atasan, rata_diri, rata_rekan, selisih_diri_atasan, selisih_rekan_atasan,
       penilai, penilai_dinilai_cukup, penilai_lunak, penilai_ketat, penilai_wajar
FROM mart.unit_360
ORDER BY kode_wilayah, kode_unit, tanggal_mulai;
