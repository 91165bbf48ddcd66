-- mart.training_need_count
-- Grain: one unit x year x aspek x kunci. The people of mart.training_needs
-- counted, no person selected:
--   aspek = 'nilai_di_bawah': kunci is a BerAKHLAK value (core.ref_berakhlak
--   key) and pegawai the unit's people who had it rated di_bawah ekspektasi
--   in the year's reference appraisal (a person below on two values counts
--   on both);
--   aspek = 'fokus_pelatihan': kunci is a recommended training focus,
--   jenis_kompetensi its kind (manajerial | sosial_kultural | teknis), and
--   pegawai the unit's people with that focus.
-- refresh: tahun >= {{year}}
CREATE OR REPLACE TABLE mart.training_need_count AS
WITH nilai AS (
    SELECT kode_unit, nama_unit, kode_wilayah, nama_wilayah, tahun, trim(unnest(string_split(nilai_di_bawah, ','))) AS kunci
    FROM mart.training_needs
    WHERE nilai_di_bawah IS NOT NULL AND nilai_di_bawah <> '' AND tahun >= {{year}}
)
SELECT kode_unit, any_value(nama_unit) AS nama_unit, kode_wilayah, any_value(nama_wilayah) AS nama_wilayah, tahun,
       'nilai_di_bawah' AS aspek, kunci, CAST(NULL AS VARCHAR) AS jenis_kompetensi, CAST(count(*) AS INTEGER) AS pegawai
FROM nilai
WHERE kunci <> ''
GROUP BY kode_unit, kode_wilayah, tahun, kunci
UNION ALL
SELECT kode_unit, any_value(nama_unit), kode_wilayah, any_value(nama_wilayah), tahun,
       'fokus_pelatihan', fokus_pelatihan, jenis_kompetensi_fokus, CAST(count(*) AS INTEGER)
FROM mart.training_needs
WHERE fokus_pelatihan IS NOT NULL AND tahun >= {{year}}
GROUP BY kode_unit, kode_wilayah, tahun, fokus_pelatihan, jenis_kompetensi_fokus;
