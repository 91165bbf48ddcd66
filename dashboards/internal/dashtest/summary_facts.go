package dashtest

// SummaryFactsDDL is mart.summary_facts, the candidate facts of the written
// summaries at the top of region and unit pages.
const SummaryFactsDDL = `
CREATE TABLE mart.summary_facts(tingkat VARCHAR, kode_wilayah VARCHAR, nama_wilayah VARCHAR, kode_unit VARCHAR, nama_unit VARCHAR, fakta VARCHAR, subjek VARCHAR, nama_subjek VARCHAR, satuan VARCHAR, periode VARCHAR, jenis_periode VARCHAR, tanggal_mulai DATE, periode_mulai VARCHAR, periode_sebelumnya VARCHAR, terkini BOOLEAN, nilai DOUBLE, nilai_sebelumnya DOUBLE, perubahan DOUBLE, perubahan_persen DOUBLE, target DOUBLE, persen DOUBLE, persen_sebelumnya DOUBLE, bawah DOUBLE, atas DOUBLE, jumlah BIGINT, dasar BIGINT, dari INTEGER, peringkat INTEGER, beruntun INTEGER, label VARCHAR, mutu VARCHAR, responden BIGINT, sampel_minimum INTEGER, sampel_cukup BOOLEAN, terlalu_sedikit_unit BOOLEAN, skor DOUBLE);
`

// summaryFactsInserts: a few facts of the fixture's figures. Dumai's KTP-el
// median rose from 1.8 to 2.25 hours (+25 %), the hostile unit's ratings
// are high while its IKM is the region's lowest (its name reaches the
// summary, escaped), and the tiny unit's share of Sangat Baik is withheld
// (1 of 3 people), so its summary cannot say it.
func summaryFactsInserts() []string {
	return []string{
		`INSERT INTO mart.summary_facts BY NAME
		 SELECT 'wilayah' AS tingkat, '14.72' AS kode_wilayah, 'Kota Dumai' AS nama_wilayah, 'layanan' AS fakta, 'KTP_EL' AS subjek,
		        '2025-Q3' AS periode, 'triwulan' AS jenis_periode, DATE '2025-07-01' AS tanggal_mulai, '2025-Q3' AS periode_mulai,
		        '2025-Q2' AS periode_sebelumnya, true AS terkini, 2.25 AS nilai, 1.8 AS nilai_sebelumnya, 0.45 AS perubahan, 25.0 AS perubahan_persen,
		        1.0 AS target, 45.0 AS persen, 590 AS jumlah, 650 AS dasar, 1 AS beruntun, 25.0 AS skor`,
		`INSERT INTO mart.summary_facts BY NAME
		 SELECT 'unit' AS tingkat, '14.72' AS kode_wilayah, 'Kota Dumai' AS nama_wilayah, '14.72.02' AS kode_unit, ` + q(Hostile) + ` AS nama_unit,
		        'keselarasan_layanan' AS fakta, '2025-Q3' AS periode, 'triwulan' AS jenis_periode, DATE '2025-07-01' AS tanggal_mulai,
		        '2025-Q3' AS periode_mulai, true AS terkini, 'nilai_tinggi_layanan_buruk' AS label, 30.0 AS persen, 20 AS dasar,
		        62.5 AS nilai, 'D' AS mutu, 2 AS peringkat, 2 AS dari, 80 AS responden, 370 AS sampel_minimum, false AS sampel_cukup, 30.0 AS skor`,
		`INSERT INTO mart.summary_facts BY NAME
		 SELECT 'unit' AS tingkat, '11.75' AS kode_wilayah, 'Kota Subulussalam' AS nama_wilayah, '11.75.02' AS kode_unit,
		        'BKPSDM Kota Subulussalam' AS nama_unit, 'nilai' AS fakta, '2025-Q3' AS periode, 'triwulan' AS jenis_periode,
		        DATE '2025-07-01' AS tanggal_mulai, '2025-Q3' AS periode_mulai, '2025-Q2' AS periode_sebelumnya, true AS terkini, 0.0 AS skor`,
	}
}
