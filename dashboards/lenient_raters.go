package dashboards

// Lenient raters on a region page: a jabatan such as "Kepala Dinas Sosial"
// names one person, and so may a pseudonym with its unit, so without
// Options.ShowNames a page shows only how many lenient raters each unit
// has; with it, each rater by pseudonym and jabatan.

func lunakCols(p *Page) []col {
	if p.showNames {
		return []col{p.c("id_penilai", "id_penilai"), p.c("jabatan", "jabatan_penilai"), p.c("unit", "kode_unit"), p.c("unit", "nama_unit"),
			p.c("periode"), p.c("dinilai"), p.c("persen_di_atas", "persen_di_atas")}
	}
	return []col{p.c("kode_unit", "kode_unit"), p.c("unit", "nama_unit"), p.c("periode"), p.c("penilai_lunak", "penilai_lunak")}
}

func lunakRows(p *Page, a Alerts, t *Table) {
	if p.showNames {
		for _, r := range a.Lunak {
			t.add(txt(r.IDPenilai), txt(r.Jabatan), txt(r.Kode), link(r.Nama, p.unitHref(r.Kode)), txt(r.Period.Periode),
				sc(p.Lang, r.Dinilai, 0), sc(p.Lang, r.PersenDiAtas, 1))
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
		t.add(txt(r.Kode), link(r.Nama, p.unitHref(r.Kode)), txt(r.Period.Periode),
			Cell{Text: fmtNum(p.Lang, float64(c), 0), Raw: fmtInt64(int64(c)), Class: "num"})
	}
}

func init() {
	for k, v := range map[string][2]string{
		"kode_unit":     {"Kode unit", "Unit code"},
		"penilai_lunak": {"Penilai lunak", "Lenient raters"},
	} {
		labels[k] = v
	}
}
