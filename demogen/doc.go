// Package demogen generates a deterministic synthetic data set for the kinerja
// demo and tests: five kabupaten/kota (Kota Dumai, Kota Subulussalam, Kabupaten
// Manokwari, Kota Palu, Kota Sorong), their OPDs, employees with assignment
// history, appraisals, Dukcapil service requests, service standards, IKM survey
// answers, sector indicators, trainings, potentials, and a kinerja.yaml that
// lists every file as a source of the kind CONTRACT.md names.
//
// The same Options.Seed always yields byte-identical files: all randomness
// comes from math/rand/v2 PCG streams derived from the seed (one stream per
// file family), and no Go map is ever iterated.
//
// The files deliberately use the messy forms real offices produce: an XLSX for
// Kota Dumai with NIPs as text cells and real date cells, quarter codes
// 2024-TW1 next to 2025-Q1, decimal commas, a semicolon-delimited CSV, labels
// in long and upper-case forms, timestamps in WIB/WITA/WIT notations, the old
// BPS code 9271 for Kota Sorong, answers written as letters a–d.
//
// # Planted truths
//
// These hold for every seed and every Employees ≥ 300; Summary.Truths names
// the units and people involved.
//
//   - (a) DumaiDukcapil: the KTP_EL median turnaround (selesai − diajukan over
//     completed requests, by quarter of submission) of Disdukcapil Kota Dumai
//     falls strictly every quarter 2024-Q1 → 2025-Q4, from about 30 h to about
//     3 h. The quarters are generated from stratified quantiles of separate
//     log-normal distributions, so the sample medians are strictly decreasing
//     whether rejected (ditolak) requests are counted or not.
//   - (b) InflatedUnit: Disdukcapil Kota Subulussalam gets ≥ 85 % Sangat Baik
//     (hasil and perilaku di_atas) in its atasan appraisals in every period,
//     while it has the lowest IKM of Subulussalam's surveyed units every
//     quarter (IKM about 60–66; the other units ≥ 75) and the worst on-time
//     rate of the five Dukcapil offices (turnarounds mostly above its
//     24 h / 48 h standards). Its organisational rating is istimewa.
//   - (c) PalayananUnit: in Dinas Kesehatan Kota Palu (the Dinas itself, not
//     its puskesmas) perilaku_berorientasi_pelayanan is di_bawah for 40–60 %
//     of the atasan-rated staff in every period; every other unit has at most
//     10 % in every period.
//   - (d) LenientRater: the head of Dinas Sosial Kabupaten Manokwari directly
//     supervises 11–14 people and rates every one of them di_atas on both
//     hasil_kerja and perilaku_kerja in every period; every other supervisor
//     (except those inside the InflatedUnit and the WaitingUnit) gives di_atas on hasil_kerja to
//     at most 40 % of their ratees in a period, and likewise on
//     perilaku_kerja.
//   - (e) In Kota Sorong exactly round(n/3) of the n employees assigned there
//     on 2025-12-31 have less than 20 JP of training starting in 2025 (some
//     with no training at all); in the other regions at most 12 % do (and in
//     2024 everywhere).
//   - (f) WaitingUnit: in Puskesmas Talise (Kota Palu, under Dinas Kesehatan)
//     every atasan appraisal but its head's (the Sekretaris Daerah rates the
//     head) is Sangat Baik (hasil and perilaku di_atas, every BerAKHLAK value
//     di_atas) in every period, so ≥ 85 % of the unit; its organisational
//     rating is istimewa and it has at least 8 staff; while its
//     waktu_tunggu_menit (target 30, arah turun) rises strictly every quarter
//     2024-Q1 → 2025-Q4, from about 32 to about 74 minutes. Its other
//     indicators are ordinary. The truth is applied after the random draws,
//     so no other unit's data differ from what they were before it.
//
// Also planted: exactly four atasan rows in penilaian_2025.csv, in four
// different units, whose written predikat contradicts the matrix of
// DOMAIN.md; and a few malformed rows (Summary.BadRows): in employees.csv two
// 17-digit NIPs and one birth date with month 13, in penilaian_2025.csv two
// rows with hasil_kerja "luar biasa", in dukcapil_permohonan.csv one row with
// diajukan "kemarin", in skm_responden.csv one row with u_waktu 5. All bad rows
// are extra rows placed in the middle of their files.
//
// Conventions worth knowing when reading the files: about 30 % of the Dukcapil
// requests submitted from 18 December 2025 on, and every request that would
// finish after 31 December 2025, are still pending (status proses, selesai
// empty); an appraisal belongs to the unit the employee is assigned to on the
// last day of the period (moves take effect on 1 July, promotions on 1 April
// or 1 October); the units of truths (b), (c), (d) and all Dukcapil units have
// no one moving in or out; each unit head's annual hasil_kerja equals the
// unit's rating_organisasi (istimewa → di_atas, baik → sesuai, otherwise
// di_bawah).
// The Sekretaris Daerah rates the unit heads; the Sekretaris Daerah's own
// atasan rows have an empty nip_penilai (the rater is the elected head of
// region, who is not an ASN).
package demogen
