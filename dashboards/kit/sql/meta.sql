-- Footer: freshness of the warehouse (loaded_at is WIB), the number of
-- source batches in force (replaced batches do not count) and the kinds of
-- source they hold (the printed page names them as its data sources), as
-- mart.data_quality_summary has them.
SELECT strftime(dimuat_terakhir, '%Y-%m-%d %H:%M') || ' WIB' AS data_per, batch_berlaku AS batches,
       jenis_sumber AS kinds
FROM mart.data_quality_summary;
