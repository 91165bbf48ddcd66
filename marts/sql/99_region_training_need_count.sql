-- mart.region_training_need_count
-- Grain: one region (tingkat 'wilayah') or every region together (tingkat
-- 'semua', kode_wilayah NULL) x year x aspek x kunci: mart.training_need_count's
-- units summed, what pelatihan.html shows per region and in all (a page
-- never sums units itself). aspek, kunci and jenis_kompetensi as there:
--   aspek = 'nilai_di_bawah': kunci a BerAKHLAK value, pegawai the people
--   rated di_bawah ekspektasi on it in the year's reference appraisal;
--   aspek = 'fokus_pelatihan': kunci a recommended training focus,
--   jenis_kompetensi its kind, pegawai the people with that focus.
-- The semua rows are the sums of the wilayah rows.
-- refresh: tahun >= {{year}}
CREATE OR REPLACE TABLE mart.region_training_need_count AS
SELECT
    CASE WHEN grouping(kode_wilayah) = 0 THEN 'wilayah' ELSE 'semua' END AS tingkat,
    kode_wilayah, CASE WHEN grouping(kode_wilayah) = 0 THEN any_value(nama_wilayah) END AS nama_wilayah,
    tahun, aspek, kunci, any_value(jenis_kompetensi) AS jenis_kompetensi,
    CAST(sum(pegawai) AS INTEGER) AS pegawai
FROM mart.training_need_count
WHERE tahun >= {{year}}
GROUP BY GROUPING SETS ((tahun, aspek, kunci, kode_wilayah), (tahun, aspek, kunci));
