package dashboards

import "strings"

// serviceAlertCols are the columns of the region page's service alerts.
func serviceAlertCols(p *Page) []col {
	return []col{p.c("unit", "kode_unit"), p.c("unit", "nama_unit"), p.c("layanan"), p.c("periode"), p.c("tepat_waktu", "persen_tepat_waktu"),
		p.c("backlog"), p.c("backlog_prev", "backlog_sebelumnya"), p.c("alasan")}
}

// serviceAlertRows: one row per late or worsening layanan of a unit, with
// its reasons (the rule is the section's note, alert_rule).
func serviceAlertRows(p *Page, a Alerts, t *Table) {
	for _, r := range a.Service {
		var why, raw []string
		if r.LowOnTime {
			why, raw = append(why, p.T("reason_tepat")), append(raw, "tepat_waktu_rendah")
		}
		if r.Falling {
			why, raw = append(why, p.T("reason_tepat_turun")), append(raw, "tepat_waktu_turun")
		}
		if r.Growing {
			why, raw = append(why, p.T("reason_backlog")), append(raw, "backlog_naik")
		}
		t.add(txt(r.Kode), link(r.Nama, p.unitHref(r.Kode)), code(p.Lang, "lay_", r.Layanan), txt(r.Period.Periode),
			sc(p.Lang, r.TepatWaktu, 1), sc(p.Lang, r.Backlog, 0), sc(p.Lang, r.Previous, 0), Cell{Text: joinComma(why), Raw: strings.Join(raw, ",")})
	}
}
