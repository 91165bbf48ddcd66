-- The latest quarter and the latest year present in mart.region_summary.
SELECT
  (SELECT max(tanggal_mulai) FROM mart.region_summary WHERE jenis_periode = 'triwulan') AS triwulan_terakhir,
  (SELECT max(tahun) FROM mart.region_summary WHERE jenis_periode = 'tahun')          AS tahun_terakhir;
