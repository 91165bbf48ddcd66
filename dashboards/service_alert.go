package dashboards

import (
	"strings"

	"kinerja/dashboards/kit"
)

// serviceAlertCols are the columns of the region page's service alerts.
func serviceAlertCols(p *kit.Page) []kit.Column {
	return []kit.Column{p.Col("unit", "kode_unit"), p.Col("unit", "nama_unit"), p.Col("layanan"), p.Col("periode"), p.Col("tepat_waktu", "persen_tepat_waktu"),
		p.Col("backlog"), p.Col("backlog_prev", "backlog_sebelumnya"), p.Col("alasan")}
}

// serviceAlertRows: one row per late or worsening layanan of a unit, with
// its reasons (the rule is the section's note, alert_rule).
func serviceAlertRows(p *kit.Page, a Alerts, t *kit.Table) {
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
		t.Add(kit.TextCell(r.Kode), kit.LinkCell(r.Nama, p.UnitHref(r.Kode)), kit.TrCell(p.Lang, "lay_", r.Layanan), kit.TextCell(r.Period.Periode),
			kit.StatCell(p.Lang, r.TepatWaktu, 1), kit.StatCell(p.Lang, r.Backlog, 0), kit.StatCell(p.Lang, r.Previous, 0), kit.Cell{Text: joinComma(why), Raw: strings.Join(raw, ",")})
	}
}
