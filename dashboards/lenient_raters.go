package dashboards

import (
	"kinerja/dashboards/kit"
)

// Lenient raters on a region page: a jabatan such as "Kepala Dinas Sosial"
// names one person, and so may a pseudonym with its unit, so without
// Options.ShowNames a page shows only how many lenient raters each unit
// has; with it, each rater by pseudonym and jabatan.

func lunakCols(p *kit.Page) []kit.Column {
	if p.ShowNames {
		return []kit.Column{p.Col("id_penilai", "id_penilai"), p.Col("jabatan", "jabatan_penilai"), p.Col("unit", "kode_unit"), p.Col("unit", "nama_unit"),
			p.Col("periode"), p.Col("dinilai"), p.Col("persen_di_atas", "persen_di_atas")}
	}
	return []kit.Column{p.Col("kode_unit", "kode_unit"), p.Col("unit", "nama_unit"), p.Col("periode"), p.Col("penilai_lunak", "penilai_lunak")}
}

func lunakRows(p *kit.Page, a Alerts, t *kit.Table) {
	if p.ShowNames {
		for _, r := range a.Lunak {
			t.Add(kit.TextCell(r.IDPenilai), kit.TextCell(r.Jabatan), kit.TextCell(r.Kode), kit.LinkCell(r.Nama, p.UnitHref(r.Kode)), kit.TextCell(r.Period.Periode),
				kit.StatCell(p.Lang, r.Dinilai, 0), kit.StatCell(p.Lang, r.PersenDiAtas, 1))
		}
		return
	}
	for _, u := range a.LunakUnits {
		t.Add(kit.TextCell(u.Kode), kit.LinkCell(u.Nama, p.UnitHref(u.Kode)), kit.TextCell(u.Period.Periode),
			kit.Cell{Text: kit.FmtNum(p.Lang, float64(u.Penilai), 0), Raw: kit.FmtInt64(u.Penilai), Class: "num"})
	}
}

func init() {
	for k, v := range map[string][2]string{
		"kode_unit":     {"Kode unit", "Unit code"},
		"penilai_lunak": {"Penilai lunak", "Lenient raters"},
	} {
		kit.Labels[k] = v
	}
}
