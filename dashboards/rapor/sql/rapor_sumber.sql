-- Rapor pegawai: what each feedback source said, per period x sumber.
-- Scores: di_bawah = 1, sesuai = 2, di_atas = 3 (as in mart.rater_calibration);
-- skor is the mean of core.nilai_skor (the one score of an appraisal the
-- marts compare sources with: the mean of its two).
-- atasan (the official rating) and diri (the person) are one appraisal each:
-- their ratings and predikat are shown. rekan and bawahan are anonymised:
-- only how many appraised and the mean scores, never who (nip_penilai is
-- never selected) and never a single rater's rating as a label; their mean
-- scores only from 3 or more raters (a mean of one or two peers tells the
-- person what each of them said).
-- Parameter $1: the NIP.
SELECT periode, sumber, count(*)::BIGINT AS penilai,
       CASE WHEN sumber IN ('atasan', 'diri') OR count(*) >= 3
            THEN avg(CASE hasil_kerja WHEN 'di_bawah' THEN 1 WHEN 'sesuai' THEN 2 WHEN 'di_atas' THEN 3 END) END AS skor_hasil,
       CASE WHEN sumber IN ('atasan', 'diri') OR count(*) >= 3
            THEN avg(CASE perilaku_kerja WHEN 'di_bawah' THEN 1 WHEN 'sesuai' THEN 2 WHEN 'di_atas' THEN 3 END) END AS skor_perilaku,
       CASE WHEN sumber IN ('atasan', 'diri') OR count(*) >= 3
            THEN avg(core.nilai_skor(hasil_kerja, perilaku_kerja)) END AS skor,
       CASE WHEN sumber IN ('atasan', 'diri') AND count(*) = 1 THEN min(hasil_kerja) ELSE '' END AS hasil_kerja,
       CASE WHEN sumber IN ('atasan', 'diri') AND count(*) = 1 THEN min(perilaku_kerja) ELSE '' END AS perilaku_kerja,
       CASE WHEN sumber IN ('atasan', 'diri') AND count(*) = 1 THEN min(predikat) ELSE '' END AS predikat
FROM core.fact_appraisal
WHERE nip = $1
GROUP BY periode, sumber
ORDER BY periode, CASE sumber WHEN 'atasan' THEN 1 WHEN 'diri' THEN 2 WHEN 'rekan' THEN 3 WHEN 'bawahan' THEN 4 ELSE 5 END, sumber;
