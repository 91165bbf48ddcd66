package dashboards

import (
	"math"

	"kinerja/dashboards/kit"
)

// The data-quality page's section on indicator values in conflict (issue
// 11, point 13): rows of one key (indikator, unit or region, periode,
// kategori) that hold different values, as core.indicator_conflict lists
// them. None of them reaches mart.indicator_value; the page shows each with
// its source and line so that the office can correct one of them.

// indicatorConflictRow is one row of a key in conflict.
type indicatorConflictRow struct {
	Indikator, Unit, Wilayah, Periode, Kategori string
	Nilai                                       float64
	Source                                      string
	Baris                                       int64
}

func init() {
	for k, v := range conflictLabels {
		kit.Labels[k] = v
	}
}

var conflictLabels = map[string][2]string{
	"dq_konflik": {"Konflik nilai indikator", "Conflicting indicator values"},
	"dq_konflik_note": {"Baris dengan indikator, unit atau wilayah, periode dan kategori yang sama tetapi nilai berbeda, dari satu berkas atau dari dua sumber. Tidak satu pun dipakai dalam nilai mart sampai sumbernya diperbaiki. Baris kembar dengan nilai yang sama bukan konflik dan dihitung sekali.",
		"Rows with the same indicator, unit or region, period and category but different values, in one file or from two sources. None of them is used in the marts' value until the sources are corrected. Identical rows with the same value are no conflict and count once."},
	"ik_indikator":      {"Indikator", "Indicator"},
	"ik_kategori":       {"Kategori", "Category"},
	"ik_kategori_total": {"(total)", "(total)"},
	"ik_baris":          {"Baris berkas", "File line"},
}

// indicatorConflictStep reads sql/indicator_conflicts.sql into w.Conflicts.
func indicatorConflictStep(w *warehouse) loadStep {
	return bindStep("indicator_conflicts", func(x *indicatorConflictRow) kit.Cols {
		return kit.Cols{"indikator": &x.Indikator, "unit": &x.Unit, "wilayah": &x.Wilayah, "periode": &x.Periode,
			"kategori": &x.Kategori, "nilai": &x.Nilai, "source": &x.Source, "baris": &x.Baris}
	}, func(x *indicatorConflictRow) { w.Conflicts = append(w.Conflicts, *x) })
}

// indicatorConflictSection lists the rows in conflict, one table row each.
func indicatorConflictSection(p *kit.Page, key string, rows []indicatorConflictRow) kit.Section {
	s := kit.Section{ID: "konflik_indikator", Title: p.T("dq_konflik"), Note: p.T("dq_konflik_note"), Empty: len(rows) == 0}
	t := p.Table(key, "konflik_indikator", p.T("dq_konflik"), p.Col("ik_indikator", "indikator"), p.Col("wilayah", "kode_wilayah"),
		p.Col("unit", "kode_unit"), p.Col("periode"), p.Col("ik_kategori", "kategori"), p.Col("nilai"), p.Col("sumber", "source"), p.Col("ik_baris", "baris"))
	for _, c := range rows {
		kat := kit.TextCell(c.Kategori)
		if c.Kategori == "" {
			kat = kit.Cell{Text: p.T("ik_kategori_total"), Raw: ""}
		}
		dec := 0 // as many decimals as the value has, up to 4
		for dec < 4 && math.Abs(c.Nilai*math.Pow10(dec)-math.Round(c.Nilai*math.Pow10(dec))) > 1e-9 {
			dec++
		}
		t.Add(kit.TextCell(c.Indikator), kit.TextCell(c.Wilayah), kit.TextCell(c.Unit), kit.TextCell(c.Periode), kat,
			kit.StatCell(p.Lang, kit.Stat{Value: c.Nilai, Valid: true}, dec), kit.TextCell(c.Source), kit.TextCell(kit.FmtInt64(c.Baris)))
	}
	s.Blocks = []kit.Block{{Table: t}}
	return s
}
