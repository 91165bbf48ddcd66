package dashboards

import (
	"kinerja/dashboards/kit"
)

func alertsSection(p *kit.Page, key string, a Alerts) kit.Section {
	sec := kit.Section{ID: "peringatan", Title: p.T("sec_alerts"), Empty: a.Count() == 0, Note: p.T("alert_rule")}
	if a.Count() == 0 {
		sec.Note = p.T("alert_none") + " " + sec.Note
		return sec
	}
	for _, k := range alertKinds {
		if k.n(a) == 0 {
			continue
		}
		t := p.Table(key, "peringatan_"+k.name, p.T(k.label), k.cols(p)...)
		k.rows(p, a, t)
		sec.Blocks = append(sec.Blocks, kit.Block{Table: t})
	}
	return sec
}

// alertsPeriodSection: the alerts of a period, their number per kind first;
// a kind without alerts in the period is hidden.
func alertsPeriodSection(p *kit.Page, key string, ps kit.PeriodSpec, get func(string) RegionPeriod) kit.Section {
	sec := kit.Section{ID: "peringatan", Title: p.T("sec_alerts"), Note: p.T("alert_note") + " " + p.T("alert_rule")}
	caption := func(k string) string { return p.T("sec_alerts") + " · " + k }
	sum := p.PeriodTable(ps, key, "peringatan", caption, []kit.Column{p.Col("jenis_peringatan", "jenis"), p.Col("jumlah", "jumlah")},
		func(k string, t *kit.Table) {
			a := get(k).Alerts
			for _, kind := range alertKinds {
				n := kind.n(a)
				c := kit.Cell{Text: kit.FmtNum(p.Lang, float64(n), 0), Raw: kit.FmtInt64(int64(n)), Class: "num"}
				if n > 0 {
					c.Class = "num alert"
				}
				t.Add(kit.Cell{Text: p.T(kind.label), Raw: kind.name}, c)
			}
		})
	sec.Blocks = append(sec.Blocks, kit.Block{Table: sum})
	for _, kind := range alertKinds {
		t := p.PeriodTable(ps, key, "peringatan_"+kind.name, func(k string) string { return p.T(kind.label) + " · " + k }, kind.cols(p),
			func(k string, t *kit.Table) { kind.rows(p, get(k).Alerts, t) })
		t.HideEmpty = true
		sec.Blocks = append(sec.Blocks, kit.Block{Table: t})
	}
	return sec
}

// alertKinds are the kinds of "Peringatan", in the page's order.
var alertKinds = []struct {
	name, label string
	n           func(Alerts) int
	cols        func(*kit.Page) []kit.Column
	rows        func(*kit.Page, Alerts, *kit.Table)
}{
	{"keselarasan", "alert_mismatch", func(a Alerts) int { return len(a.Mismatch) },
		func(p *kit.Page) []kit.Column {
			return []kit.Column{p.Col("unit", "kode_unit"), p.Col("unit", "nama_unit"), p.Col("persen_sb", "persen_sangat_baik"), p.Col("ikm"), p.Col("mutu")}
		},
		func(p *kit.Page, a Alerts, t *kit.Table) {
			for _, u := range a.Mismatch {
				t.Add(kit.TextCell(u.Kode), kit.LinkCell(u.Nama, p.UnitHref(u.Kode)), kit.StatCell(p.Lang, u.PersenSB, 1), kit.StatCell(p.Lang, u.IKM, 2), kit.TextCell(u.Mutu))
			}
		}},
	{"penilai", "alert_lunak", func(a Alerts) int { return len(a.Lunak) }, lunakCols, lunakRows},
	{"berakhlak", "alert_berakhlak", func(a Alerts) int { return len(a.Berakhlak) },
		func(p *kit.Page) []kit.Column { return berakhlakCols(p, true) },
		func(p *kit.Page, a Alerts, t *kit.Table) {
			for _, c := range a.Berakhlak {
				t.Add(berakhlakCells(p, c, true)...)
			}
		}},
	{"jp", "alert_jp", func(a Alerts) int { return len(a.JP) },
		func(p *kit.Page) []kit.Column { return jpCols(p, true) },
		func(p *kit.Page, a Alerts, t *kit.Table) {
			for _, y := range a.JP {
				t.Add(jpRow(p, y, true)...)
			}
		}},
	{"layanan", "alert_service", func(a Alerts) int { return len(a.Service) }, serviceAlertCols, serviceAlertRows},
}
