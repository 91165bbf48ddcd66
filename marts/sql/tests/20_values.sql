-- Accepted values and not-null rules of the marts' measures and labels.

-- test: nilai_ikm
-- An IKM lies in 25-100 and has a band; element means lie in 1-4.
SELECT kode_unit, periode, ikm, mutu FROM mart.ikm
WHERE ikm NOT BETWEEN 25 - 1e-9 AND 100 + 1e-9 OR mutu IS NULL OR mutu NOT IN ('A', 'B', 'C', 'D')
   OR least(nrr_persyaratan, nrr_prosedur, nrr_waktu, nrr_biaya, nrr_produk, nrr_kompetensi, nrr_perilaku, nrr_pengaduan, nrr_sarana) < 1
   OR greatest(nrr_persyaratan, nrr_prosedur, nrr_waktu, nrr_biaya, nrr_produk, nrr_kompetensi, nrr_perilaku, nrr_pengaduan, nrr_sarana) > 4;

-- test: nilai_ikm_unsur
-- Element means lie in 1-4, each element has a band, and the unsur key is one of the nine.
SELECT kode_unit, periode, unsur, nrr, mutu_unsur FROM mart.ikm_unsur
WHERE nrr NOT BETWEEN 1 AND 4 OR mutu_unsur IS NULL OR unsur NOT IN (SELECT unsur FROM core.ref_ikm_unsur);

-- test: nilai_performance_service_link
-- label_keselarasan is selaras | nilai_tinggi_layanan_buruk | nilai_rendah_layanan_baik, NULL exactly when a side is missing; Spearman's rho lies in [-1, 1].
SELECT kode_unit, periode, label_keselarasan, spearman_nilai_ikm FROM mart.performance_service_link
WHERE (label_keselarasan IS NULL) <> (persen_sangat_baik IS NULL OR ikm IS NULL)
   OR label_keselarasan NOT IN ('selaras', 'nilai_tinggi_layanan_buruk', 'nilai_rendah_layanan_baik')
   OR spearman_nilai_ikm NOT BETWEEN -1 - 1e-9 AND 1 + 1e-9;

-- test: nilai_rater_calibration
-- label is lunak | wajar | ketat, NULL exactly when fewer than 5 people were rated.
SELECT nip_penilai, periode, dinilai, label FROM mart.rater_calibration
WHERE (label IS NULL) <> (dinilai < 5) OR label NOT IN ('lunak', 'wajar', 'ketat')
   OR persen_di_atas NOT BETWEEN 0 AND 100;

-- test: nilai_distribution_compliance
-- sesuai is NULL exactly when the unit's rating is unknown; alasan is given exactly when sesuai is false; the counts add up.
SELECT kode_unit, periode, rating_organisasi, sesuai, alasan FROM mart.distribution_compliance
WHERE (sesuai IS NULL) <> (rating_organisasi IS NULL)
   OR (alasan IS NOT NULL) <> coalesce(NOT sesuai, false)
   OR rating_organisasi NOT IN (SELECT rating_organisasi FROM core.ref_kurva_distribusi)
   OR jumlah_sangat_baik + jumlah_baik + jumlah_butuh_perbaikan + jumlah_kurang + jumlah_sangat_kurang <> pegawai_dinilai;

-- test: nilai_talent_pool
-- kotak_9 is 1-9 and set exactly when kinerja and potensi are both known; kelompok_promosi means boxes 7-9.
SELECT nip, tahun, kinerja, potensi, kotak_9, kelompok_promosi FROM mart.talent_pool
WHERE coalesce(tahun >= {{year}}, true) AND (kotak_9 NOT BETWEEN 1 AND 9
   OR (kotak_9 IS NULL) <> (kinerja IS NULL OR potensi IS NULL)
   OR kelompok_promosi <> coalesce(kotak_9 >= 7, false)
   OR potensi NOT IN ('rendah', 'menengah', 'tinggi')
   OR kinerja NOT IN ('di_atas', 'sesuai', 'di_bawah'));

-- test: nilai_promotion_merit
-- status_merit is one of three values and ditandai means promoted from outside the promotion pool.
SELECT nip, tanggal_kenaikan, kotak_9_sebelum, status_merit, ditandai FROM mart.promotion_merit
WHERE status_merit NOT IN ('dalam_kelompok_promosi', 'di_luar_kelompok_promosi', 'data_tidak_lengkap')
   OR ditandai <> (status_merit = 'di_luar_kelompok_promosi')
   OR jenis_kenaikan NOT IN ('jabatan', 'golongan', 'jabatan_dan_golongan');

-- test: nilai_training_needs
-- kategori_prioritas is tinggi | sedang | rendah; kekurangan_jp lies in 0-20; every person has a unit.
SELECT nip, tahun, kategori_prioritas, kekurangan_jp FROM mart.training_needs
WHERE coalesce(tahun >= {{year}}, true)
  AND (kategori_prioritas NOT IN ('tinggi', 'sedang', 'rendah') OR kekurangan_jp NOT BETWEEN 0 AND 20
   OR kode_unit IS NULL OR memenuhi_20_jp <> (kekurangan_jp = 0));

-- test: nilai_data_quality
-- Every batch balances (read = loaded + quarantined) and coverage is a share.
SELECT batch_id, periode, baris_dibaca, baris_dimuat, baris_karantina, cakupan_persen FROM mart.data_quality
WHERE (periode = 'semua' AND baris_dibaca <> baris_dimuat + baris_karantina)
   OR cakupan_persen NOT BETWEEN 0 AND 100;
