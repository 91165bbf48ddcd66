package dashtest

// PageMartsDDL: the marts that hold what the pages used to aggregate
// themselves (issue 12, point 2): region totals, the spread across regions,
// the count marts of the talent, training and data-quality pages.
const PageMartsDDL = `
CREATE TABLE mart.region_performance(kode_wilayah VARCHAR, nama_wilayah VARCHAR, periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, unit_dinilai INTEGER, pegawai_dinilai INTEGER, jumlah_sangat_baik INTEGER, jumlah_baik INTEGER, jumlah_butuh_perbaikan INTEGER, jumlah_kurang INTEGER, jumlah_sangat_kurang INTEGER, persen_sangat_baik DOUBLE, persen_baik DOUBLE, persen_butuh_perbaikan DOUBLE, persen_kurang DOUBLE, persen_sangat_kurang DOUBLE);
CREATE TABLE mart.region_training(kode_wilayah VARCHAR, nama_wilayah VARCHAR, tahun INTEGER, pegawai INTEGER, pegawai_kurang_20_jp INTEGER, persen_kurang_20_jp DOUBLE, total_kekurangan_jp DOUBLE, pegawai_prioritas_tinggi INTEGER);
CREATE TABLE mart.region_spread(periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, wilayah_sangat_baik INTEGER, q1_persen_sangat_baik DOUBLE, median_persen_sangat_baik DOUBLE, q3_persen_sangat_baik DOUBLE, wilayah_ikm INTEGER, q1_ikm DOUBLE, median_ikm DOUBLE, q3_ikm DOUBLE);
CREATE TABLE mart.talent_count(kode_unit VARCHAR, nama_unit VARCHAR, kode_wilayah VARCHAR, nama_wilayah VARCHAR, tahun INTEGER, kotak_9 INTEGER, kelompok_promosi BOOLEAN, pegawai INTEGER);
CREATE TABLE mart.talent_grid(tingkat VARCHAR, kode_unit VARCHAR, kode_wilayah VARCHAR, nama_wilayah VARCHAR, tahun INTEGER, kotak_1 INTEGER, kotak_2 INTEGER, kotak_3 INTEGER, kotak_4 INTEGER, kotak_5 INTEGER, kotak_6 INTEGER, kotak_7 INTEGER, kotak_8 INTEGER, kotak_9 INTEGER, tanpa_kotak INTEGER, kelompok_promosi INTEGER, kotak_1_6 INTEGER, pegawai INTEGER);
CREATE TABLE mart.region_training_need_count(tingkat VARCHAR, kode_wilayah VARCHAR, nama_wilayah VARCHAR, tahun INTEGER, aspek VARCHAR, kunci VARCHAR, jenis_kompetensi VARCHAR, pegawai INTEGER);
CREATE TABLE mart.training_need_count(kode_unit VARCHAR, nama_unit VARCHAR, kode_wilayah VARCHAR, nama_wilayah VARCHAR, tahun INTEGER, aspek VARCHAR, kunci VARCHAR, jenis_kompetensi VARCHAR, pegawai INTEGER);
CREATE TABLE mart.data_quality_summary(batch_berlaku BIGINT, batch_diganti BIGINT, dimuat_terakhir TIMESTAMP, jenis_sumber VARCHAR, baris_dibaca BIGINT, baris_dimuat BIGINT, baris_karantina BIGINT, penilaian_disisihkan BIGINT);
CREATE TABLE mart.unit_360(kode_unit VARCHAR, nama_unit VARCHAR, kode_wilayah VARCHAR, nama_wilayah VARCHAR, periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, penilai INTEGER, penilai_lunak INTEGER);
CREATE TABLE mart.quarantine_reason(source VARCHAR, field VARCHAR, reason VARCHAR, baris BIGINT);
CREATE TABLE mart.set_aside_reason(alasan VARCHAR, urutan INTEGER, keterangan VARCHAR, keterangan_en VARCHAR, kode_wilayah VARCHAR, nama_wilayah VARCHAR, baris BIGINT);
CREATE TABLE mart.region_berakhlak(kode_wilayah VARCHAR, nama_wilayah VARCHAR, periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, nilai_berakhlak VARCHAR, nama_nilai VARCHAR, unit_dinilai INTEGER, dinilai INTEGER, di_bawah INTEGER, persen_di_bawah DOUBLE, di_atas INTEGER, persen_di_atas DOUBLE);
CREATE TABLE mart.region_appraisal_response(kode_wilayah VARCHAR, nama_wilayah VARCHAR, periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, unit_dinilai INTEGER, pegawai_dinilai INTEGER, ditanggapi INTEGER, persen_ditanggapi DOUBLE, setuju INTEGER, keberatan INTEGER, persen_keberatan DOUBLE, persen_keberatan_bawah DOUBLE, persen_keberatan_atas DOUBLE, keberatan_diterima INTEGER, keberatan_ditolak INTEGER, keberatan_proses INTEGER, keberatan_tanpa_hasil INTEGER, persen_keberatan_diterima DOUBLE);
`

// pageMartsInserts fill those marts from the fixture's own rows, as the
// real marts are built from theirs (docs/MARTS.md).
func pageMartsInserts() []string {
	return []string{
		`INSERT INTO mart.region_performance
		 SELECT kode_wilayah, any_value(nama_wilayah), periode, jenis_periode, tanggal_mulai, count(DISTINCT kode_unit),
		        sum(pegawai_dinilai), sum(jumlah_sangat_baik), sum(jumlah_baik), sum(jumlah_butuh_perbaikan), sum(jumlah_kurang),
		        sum(jumlah_sangat_kurang), 100.0 * sum(jumlah_sangat_baik) / nullif(sum(pegawai_dinilai), 0),
		        100.0 * sum(jumlah_baik) / nullif(sum(pegawai_dinilai), 0), 100.0 * sum(jumlah_butuh_perbaikan) / nullif(sum(pegawai_dinilai), 0),
		        100.0 * sum(jumlah_kurang) / nullif(sum(pegawai_dinilai), 0), 100.0 * sum(jumlah_sangat_kurang) / nullif(sum(pegawai_dinilai), 0)
		 FROM mart.unit_performance GROUP BY kode_wilayah, periode, jenis_periode, tanggal_mulai`,
		`INSERT INTO mart.region_training
		 SELECT c.*, n.total_kekurangan_jp, n.pegawai_prioritas_tinggi
		 FROM (SELECT kode_wilayah, any_value(nama_wilayah), tahun, sum(pegawai), sum(pegawai_kurang_20_jp),
		              100.0 * sum(pegawai_kurang_20_jp) / nullif(sum(pegawai), 0)
		       FROM mart.training_compliance GROUP BY kode_wilayah, tahun) c(kode_wilayah, nama_wilayah, tahun, pegawai, kurang, persen)
		 LEFT JOIN (SELECT kode_wilayah, tahun, sum(total_kekurangan_jp) AS total_kekurangan_jp, sum(pegawai_prioritas_tinggi) AS pegawai_prioritas_tinggi
		            FROM mart.training_needs_unit GROUP BY ALL) n USING (kode_wilayah, tahun)`,
		`INSERT INTO mart.region_spread
		 SELECT periode, jenis_periode, tanggal_mulai,
		        count(persen_sangat_baik), quantile_cont(persen_sangat_baik, 0.25), quantile_cont(persen_sangat_baik, 0.5), quantile_cont(persen_sangat_baik, 0.75),
		        count(ikm), quantile_cont(ikm, 0.25), quantile_cont(ikm, 0.5), quantile_cont(ikm, 0.75)
		 FROM mart.region_summary GROUP BY periode, jenis_periode, tanggal_mulai`,
		`INSERT INTO mart.talent_count
		 SELECT kode_unit, any_value(nama_unit), kode_wilayah, any_value(nama_wilayah), tahun, coalesce(kotak_9, 0),
		        coalesce(kotak_9, 0) BETWEEN 7 AND 9, count(*)
		 FROM mart.talent_pool GROUP BY kode_unit, kode_wilayah, tahun, coalesce(kotak_9, 0)`,
		`INSERT INTO mart.training_need_count
		 SELECT kode_unit, any_value(nama_unit), kode_wilayah, any_value(nama_wilayah), tahun, 'nilai_di_bawah', kunci, NULL, count(*)
		 FROM (SELECT *, trim(unnest(string_split(nilai_di_bawah, ','))) AS kunci FROM mart.training_needs WHERE nilai_di_bawah <> '')
		 WHERE kunci <> '' GROUP BY kode_unit, kode_wilayah, tahun, kunci
		 UNION ALL
		 SELECT kode_unit, any_value(nama_unit), kode_wilayah, any_value(nama_wilayah), tahun, 'fokus_pelatihan', fokus_pelatihan,
		        jenis_kompetensi_fokus, count(*)
		 FROM mart.training_needs WHERE fokus_pelatihan IS NOT NULL GROUP BY kode_unit, kode_wilayah, tahun, fokus_pelatihan, jenis_kompetensi_fokus`,
		`INSERT INTO mart.quarantine_reason SELECT source, coalesce(field, ''), reason, count(*) FROM meta.quarantine GROUP BY ALL`,
		`INSERT INTO mart.set_aside_reason
		 SELECT x.alasan, r.urutan, r.keterangan, r.keterangan_en, x.kode_wilayah, w.nama, count(*)
		 FROM core.appraisal_set_aside x JOIN core.ref_alasan_sisih r USING (alasan) LEFT JOIN core.dim_region w ON w.kode_wilayah = x.kode_wilayah
		 GROUP BY ALL`,
		`INSERT INTO mart.data_quality_summary
		 SELECT count(*) FILTER (WHERE replaced_by IS NULL), count(*) FILTER (WHERE replaced_by IS NOT NULL),
		        max(loaded_at) FILTER (WHERE replaced_by IS NULL), coalesce(string_agg(DISTINCT kind, ',' ORDER BY kind) FILTER (WHERE replaced_by IS NULL), ''),
		        coalesce(sum(rows_read) FILTER (WHERE replaced_by IS NULL), 0),
		        coalesce(sum(rows_loaded) FILTER (WHERE replaced_by IS NULL), 0), coalesce(sum(rows_quarantined) FILTER (WHERE replaced_by IS NULL), 0),
		        (SELECT count(*) FROM core.appraisal_set_aside x JOIN core.ref_alasan_sisih r USING (alasan))
		 FROM meta.batches`,
		`INSERT INTO mart.unit_360
		 SELECT kode_unit, any_value(nama_unit), kode_wilayah, any_value(nama_wilayah), periode, any_value(jenis_periode), any_value(tanggal_mulai),
		        count(*), count(*) FILTER (WHERE label = 'lunak')
		 FROM mart.rater_calibration GROUP BY kode_unit, kode_wilayah, periode`,
		`INSERT INTO mart.talent_grid
		 SELECT CASE WHEN grouping(kode_unit) = 0 THEN 'unit' WHEN grouping(kode_wilayah) = 0 THEN 'wilayah' ELSE 'semua' END,
		        kode_unit, kode_wilayah, CASE WHEN grouping(kode_wilayah) = 0 THEN any_value(nama_wilayah) END, tahun,
		        count(*) FILTER (WHERE kotak_9 = 1), count(*) FILTER (WHERE kotak_9 = 2), count(*) FILTER (WHERE kotak_9 = 3),
		        count(*) FILTER (WHERE kotak_9 = 4), count(*) FILTER (WHERE kotak_9 = 5), count(*) FILTER (WHERE kotak_9 = 6),
		        count(*) FILTER (WHERE kotak_9 = 7), count(*) FILTER (WHERE kotak_9 = 8), count(*) FILTER (WHERE kotak_9 = 9),
		        count(*) FILTER (WHERE kotak_9 IS NULL), count(*) FILTER (WHERE kotak_9 BETWEEN 7 AND 9),
		        count(*) FILTER (WHERE kotak_9 BETWEEN 1 AND 6), count(*)
		 FROM mart.talent_pool GROUP BY GROUPING SETS ((tahun, kode_wilayah, kode_unit), (tahun, kode_wilayah), (tahun))`,
		`INSERT INTO mart.region_training_need_count
		 SELECT CASE WHEN grouping(kode_wilayah) = 0 THEN 'wilayah' ELSE 'semua' END, kode_wilayah,
		        CASE WHEN grouping(kode_wilayah) = 0 THEN any_value(nama_wilayah) END, tahun, aspek, kunci, any_value(jenis_kompetensi), sum(pegawai)
		 FROM mart.training_need_count GROUP BY GROUPING SETS ((tahun, aspek, kunci, kode_wilayah), (tahun, aspek, kunci))`,
	}
}

// regionFallbackInserts fill the region marts a unit page draws when most
// of the unit's figures are withheld (mart.region_berakhlak,
// mart.region_appraisal_response) from the fixture's unit rows, as the
// real marts sum them; after every unit row is in.
func regionFallbackInserts() []string {
	return []string{
		`INSERT INTO mart.region_berakhlak
		 SELECT kode_wilayah, any_value(nama_wilayah), periode, jenis_periode, tanggal_mulai, nilai_berakhlak, any_value(nama_nilai),
		        count(DISTINCT kode_unit), sum(dinilai), sum(di_bawah), 100.0 * sum(di_bawah) / nullif(sum(dinilai), 0),
		        sum(di_atas), 100.0 * sum(di_atas) / nullif(sum(dinilai), 0)
		 FROM mart.berakhlak_unit GROUP BY kode_wilayah, periode, jenis_periode, tanggal_mulai, nilai_berakhlak`,
		`INSERT INTO mart.region_appraisal_response
		 SELECT kode_wilayah, (SELECT nama FROM core.dim_region d WHERE d.kode_wilayah = s.kode_wilayah), periode, jenis_periode, tanggal_mulai,
		        unit_dinilai, pegawai_dinilai, ditanggapi, 100.0 * ditanggapi / nullif(pegawai_dinilai, 0), setuju, keberatan,
		        100.0 * keberatan / nullif(pegawai_dinilai, 0), core_wilson_bawah(keberatan, pegawai_dinilai), core_wilson_atas(keberatan, pegawai_dinilai),
		        diterima, ditolak, proses, tanpa_hasil, 100.0 * diterima / nullif(diterima + ditolak, 0)
		 FROM (SELECT kode_wilayah, periode, jenis_periode, tanggal_mulai, count(DISTINCT kode_unit) AS unit_dinilai,
		              sum(pegawai_dinilai) AS pegawai_dinilai, sum(ditanggapi) AS ditanggapi, sum(setuju) AS setuju, sum(keberatan) AS keberatan,
		              sum(keberatan_diterima) AS diterima, sum(keberatan_ditolak) AS ditolak, sum(keberatan_proses) AS proses,
		              sum(keberatan_tanpa_hasil) AS tanpa_hasil
		       FROM mart.appraisal_response_unit GROUP BY kode_wilayah, periode, jenis_periode, tanggal_mulai) s`,
	}
}
