-- The region view of each layanan per period (mart.region_service: a true
-- median over the region's requests, as mart.region_summary's KTP-el median).
SELECT kode_wilayah, layanan, periode, jenis_periode, tanggal_mulai, permohonan,
       median_jam, p90_jam, batas_jam, persen_tepat_waktu, backlog
FROM mart.region_service
ORDER BY kode_wilayah, layanan, jenis_periode, tanggal_mulai;
