package dashboards

import (
	"strconv"

	"github.com/go-echarts/go-echarts/v2/opts"

	"kinerja/dashboards/kit"
)

// suppressScore masks the priority score when one of its three parts is
// masked: skor_prioritas is their sum, so a score beside masked parts gives
// them away (61.5 over 13 people with two parts "<5" and the third 0 is 4
// and 4 people). The rank stays: it is computed on full data in the mart.
func (u NeedsUnit) suppressScore() NeedsUnit {
	if u.PersenKurang20.Small || u.PersenGap.Small || u.PersenNilai.Small {
		u.Skor = kit.Stat{Small: true}
	}
	return u
}

// priorityChart draws the rows of the priority table under it, in its order:
// per unit the three parts of the score stacked (they add up to the score
// in the table), or, when the table masks the score, a "<5" marker and no
// bar. regional labels the units with their rank in the region (the table
// of a region page), else with the rank among all regions.
func priorityChart(p *kit.Page, units []NeedsUnit, title string, regional bool) (*kit.Option, bool) {
	ys := make([]string, 0, len(units))
	var parts [3][]any
	masked := make([]any, 0, len(units))
	for i := len(units) - 1; i >= 0; i-- {
		u := units[i]
		rank := u.Urutan
		if regional {
			rank = u.UrutanWilayah
		}
		ys = append(ys, strconv.FormatInt(rank, 10)+". "+u.Nama)
		for j, v := range []kit.Stat{u.PersenKurang20, u.PersenGap, u.PersenNilai} {
			if u.Skor.Shown() {
				parts[j] = append(parts[j], v.Chart(1))
			} else {
				parts[j] = append(parts[j], "-")
			}
		}
		if u.Skor.Small {
			masked = append(masked, kit.MaskedItem())
		} else {
			masked = append(masked, "-")
		}
	}
	o := kit.NewBar(p.T("skor")+" · "+title).Horizontal(ys, opts.XAxis{Name: p.T("skor")}, kit.LongLabels())
	for j, name := range []string{p.T("kurang_20"), p.T("kesenjangan"), p.T("persen_nilai")} {
		o.Add(name, parts[j], kit.Stack("skor"), kit.Color([]string{kit.Palette[1], kit.Palette[5], kit.Palette[0]}[j]))
	}
	o.Add(p.T("masked_series"), masked, kit.Stack("skor"), kit.Color(kit.MaskedColor))
	return o, len(units) == 0
}
