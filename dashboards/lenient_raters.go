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
	type key struct{ unit, periode string }
	n := map[key]int{}
	var order []LunakAlert
	for _, r := range a.Lunak {
		k := key{r.Kode, r.Period.Periode}
		if n[k] == 0 {
			order = append(order, r)
		}
		n[k]++
	}
	for _, r := range order {
		c := n[key{r.Kode, r.Period.Periode}]
		t.Add(kit.TextCell(r.Kode), kit.LinkCell(r.Nama, p.UnitHref(r.Kode)), kit.TextCell(r.Period.Periode),
			kit.Cell{Text: kit.FmtNum(p.Lang, float64(c), 0), Raw: kit.FmtInt64(int64(c)), Class: "num"})
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
