package dashboards

import (
	"slices"

	"kinerja/dashboards/kit"
)

// The appraisals the transform set aside (core.appraisal_set_aside; issue
// 11, point 7) are listed on kualitas.html per reason and region: they were
// loaded but could not be placed in a known unit, so no mart counts them.

// setAsideRow counts the set-aside appraisals of one reason in one region
// (Wilayah empty: the region is unknown, e.g. a NIP in no employees file).
type setAsideRow struct {
	Alasan, Keterangan, KeteranganEN string
	Wilayah, NamaWilayah             string
	Rows                             int64
}

func init() {
	for k, v := range setAsideLabels {
		kit.Labels[k] = v
	}
}

var setAsideLabels = map[string][2]string{
	"dq_set_aside": {"Penilaian yang disisihkan", "Appraisals set aside"},
	"dq_set_aside_note": {"Penilaian yang dimuat tetapi tidak dapat ditempatkan di unit yang dikenal (NIP tidak ada di berkas pegawai, penugasan baru dimulai setelah periode, atau unit tidak dikenal). Penilaian ini tidak dihitung di halaman unit dan wilayah; daftar per baris: kinerja quarantine --set-aside.",
		"Appraisals that were loaded but cannot be placed in a known unit (NIP not in any employees file, assignment starting after the period, or an unknown unit). They are not counted on the unit and region pages; the list by row: kinerja quarantine --set-aside."},
	"disisihkan":              {"Disisihkan", "Set aside"},
	"wilayah_tidak_diketahui": {"Tidak diketahui", "Unknown"},
}

// setAsideSteps read the set-aside counts.
func setAsideSteps(w *warehouse) []loadStep {
	return []loadStep{bindStep("set_aside", func(x *setAsideRow) kit.Cols {
		return kit.Cols{"alasan": &x.Alasan, "keterangan": &x.Keterangan, "keterangan_en": &x.KeteranganEN,
			"kode_wilayah": &x.Wilayah, "nama_wilayah": &x.NamaWilayah, "baris": &x.Rows}
	}, func(x *setAsideRow) { w.SetAside = append(w.SetAside, *x) })}
}

// qualityPageWithSetAside is kualitas.html: qualityPage with the set-aside
// appraisals as a figure and a section after the quarantine reasons.
func (s *site) qualityPageWithSetAside(m QualityModel, lang string) *kit.Page {
	p := s.qualityPage(m, lang)
	rows := s.w.SetAside
	p.Figures = append(p.Figures, kit.Figure{Label: p.T("disisihkan"), Value: kit.FmtNum(lang, float64(m.SetAside), 0)})
	sec := kit.Section{ID: "disisihkan", Title: p.T("dq_set_aside"), Note: p.T("dq_set_aside_note"), Empty: len(rows) == 0}
	t := p.Table("kualitas", "disisihkan", p.T("dq_set_aside"), p.Col("alasan", "alasan"), p.Col("wilayah", "kode_wilayah"),
		p.Col("wilayah", "nama_wilayah"), p.Col("baris", "baris"))
	for _, x := range rows {
		reason, region := x.Keterangan, x.NamaWilayah
		if lang == kit.LangEN {
			reason = x.KeteranganEN
		}
		if x.Wilayah == "" {
			region = p.T("wilayah_tidak_diketahui")
		}
		t.Add(kit.Cell{Text: reason, Raw: x.Alasan}, kit.TextCell(x.Wilayah), kit.Cell{Text: region, Raw: x.NamaWilayah},
			kit.StatCell(lang, kit.Stat{Value: float64(x.Rows), Valid: true}, 0))
	}
	sec.Blocks = []kit.Block{{Table: t}}
	at := len(p.Sections)
	if i := slices.IndexFunc(p.Sections, func(s kit.Section) bool { return s.ID == "karantina" }); i >= 0 {
		at = i + 1
	}
	p.Sections = slices.Insert(p.Sections, at, sec)
	return p
}
