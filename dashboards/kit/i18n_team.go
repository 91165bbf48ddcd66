package kit

func init() {
	for k, v := range teamLabels {
		Labels[k] = v
	}
}

// teamLabels are the texts of the unit page's team and response sections,
// the rapor's responses and the uncertainty notes (issue 13, points 2, 3,
// 8 and 11).
var teamLabels = map[string][2]string{
	"sec_team": {"Tim: unit ini dan sub-unitnya", "Team: this unit and its sub-units"},
	"sec_team_note": {"Baris \"Tim\" menggabungkan unit ini dan semua unit di bawahnya: jumlah pegawai dan permohonan dijumlahkan, persentase dihitung dari jumlah gabungan (bukan rata-rata persentase), IKM dari semua jawaban responden. Garis hitam pada batang: interval kepercayaan 95 % (Wilson) dari % Sangat Baik.",
		"The \"Team\" row pools this unit and every unit under it: people and requests are added up, shares are computed from the pooled counts (not averaged), the IKM from every respondent's answers. The black line on a bar: the 95 % confidence interval (Wilson) of % Outstanding."},
	"team_chart":     {"% Sangat Baik per anggota tim (IK 95 %)", "% Outstanding per team member (95 % CI)"},
	"team_row":       {"Tim (gabungan)", "Team (pooled)"},
	"peran":          {"Peran", "Role"},
	"peran_tim":      {"Gabungan", "Pooled"},
	"peran_induk":    {"Unit induk", "Parent unit"},
	"peran_sub_unit": {"Sub-unit", "Sub-unit"},
	"ik_sb":          {"IK 95 % % Sangat Baik", "95 % CI of % Outstanding"},
	"ik_tepat":       {"IK 95 % % tepat waktu", "95 % CI of % on time"},
	"ik_keberatan":   {"IK 95 % % keberatan", "95 % CI of % objected"},
	"sec_response":   {"Tanggapan pegawai atas penilaian", "Employees' responses to their appraisal"},
	"sec_response_note": {"Pegawai dapat menyetujui penilaian atasannya atau mengajukan keberatan; keberatan diputus diterima atau ditolak, atau masih diproses. % keberatan dihitung dari semua pegawai yang dinilai; garis hitam: interval kepercayaan 95 % (Wilson).",
		"Employees may agree with their supervisor's appraisal or object to it; an objection is granted or rejected, or still being decided. % objected is of everyone appraised; black line: the 95 % confidence interval (Wilson)."},
	"response_chart":   {"% penilaian yang diajukan keberatan (IK 95 %)", "% of appraisals objected to (95 % CI)"},
	"persen_keberatan": {"% keberatan", "% objected"},
	"ditanggapi":       {"Menanggapi", "Responded"},
	"setuju":           {"Setuju", "Agreed"},
	"keberatan":        {"Keberatan", "Objected"},
	"kb_diterima":      {"Keberatan diterima", "Objection granted"},
	"kb_ditolak":       {"Keberatan ditolak", "Objection rejected"},
	"kb_proses":        {"Keberatan diproses", "Objection being decided"},
	"kb_tanpa_hasil":   {"Keberatan tanpa hasil tercatat", "Objection, no outcome recorded"},
	"kb_persen_terima": {"% keberatan diputus yang diterima", "% of decided objections granted"},
	"sampel_note":      {"berdasarkan %s responden, di bawah sampel minimum %s (PermenPANRB 14/2017): indikatif", "based on %s respondents, below the minimum sample of %s (PermenPANRB 14/2017): indicative"},
	"sampel_flag":      {"Sampel kurang", "Sample too small"},
	"sampel_minimum":   {"Sampel minimum", "Minimum sample"},
	"sampel_cukup":     {"Sampel cukup", "Sample sufficient"},
	"rapor_tanggapan":  {"Tanggapan", "Response"},
	"rapor_hasil_kb":   {"Hasil keberatan", "Outcome of objection"},
	"tg_setuju":        {"Setuju", "Agreed"},
	"tg_keberatan":     {"Keberatan", "Objected"},
	"hk_diterima":      {"Diterima", "Granted"},
	"hk_ditolak":       {"Ditolak", "Rejected"},
	"hk_proses":        {"Diproses", "Being decided"},
}
