package dashboards

import (
	"slices"

	"github.com/go-echarts/go-echarts/v2/opts"

	"kinerja/dashboards/kit"
)

// IKM per unsur on the unit page (issue 13, point 6): the nine elements of
// the unit's survey in the chosen period (mart.ikm_unsur), the weakest
// named, and whether the IKM stands on the PermenPANRB 14/2017 minimum
// sample (mart.ikm). A survey score is not a figure about the unit's
// people: not masked.

// UnsurScore is one element of a unit's IKM in one period.
type UnsurScore struct {
	Unsur, Nama string
	Urutan      int64
	NRR, IKM    kit.Stat
	Mutu        string
	Terendah    bool
}

// IKMSample is what an IKM stands on: its respondents against the minimum
// sample for the unit's service users, and its weakest element.
type IKMSample struct {
	Responden, Minimum, Populasi kit.Stat
	SumberPopulasi               string
	Cukup                        string // "true", "false", "" (unknown)
	Terendah, NamaTerendah       string
	NRRTerendah                  kit.Stat
}

// UnsurPeriod is a unit's IKM per element in the period a selector value
// shows (nil Period: none).
type UnsurPeriod struct {
	Period *kit.Period
	Unsur  []UnsurScore
	Sample IKMSample
}

func (s *site) ikmSample(unit, periode string) (IKMSample, bool) {
	r, ok := s.out.sample[unit+"|"+periode]
	if !ok {
		return IKMSample{}, false
	}
	x := IKMSample{Responden: kit.NumInt(r.Responden), Minimum: kit.NumInt(r.Minimum), Populasi: kit.NumInt(r.Populasi),
		SumberPopulasi: r.SumberPopulasi, Terendah: r.UnsurTerendah, NamaTerendah: r.NamaTerendah, NRRTerendah: kit.Num(r.NRRTerendah)}
	if r.Cukup.Valid {
		x.Cukup = boolRaw(r.Cukup.Bool)
	}
	return x, true
}

// unitUnsur: the unit's elements for each period of its selector.
func (s *site) unitUnsur(kode string, periods []kit.Period) map[string]UnsurPeriod {
	rows, ps := byPeriod(s.out.unsurByUnit[kode], func(r unsurRow) kit.Period { return r.Period })
	out := make(map[string]UnsurPeriod, len(periods))
	for _, p := range periods {
		var up UnsurPeriod
		if pp := pickPeriod(ps, p); pp != nil {
			up.Period = pp
			for _, r := range rows[pp.Periode] {
				up.Unsur = append(up.Unsur, UnsurScore{Unsur: r.Unsur, Nama: r.Nama, Urutan: r.Urutan, NRR: kit.Num(r.NRR), IKM: kit.Num(r.IKM),
					Mutu: r.Mutu, Terendah: r.Terendah})
			}
			slices.SortStableFunc(up.Unsur, func(a, b UnsurScore) int { return int(a.Urutan - b.Urutan) })
			up.Sample, _ = s.ikmSample(kode, pp.Periode)
		}
		out[p.Periode] = up
	}
	return out
}

// sampleNote: "berdasarkan 21 responden; minimum 346 (indikatif)".
func sampleNote(p *kit.Page, x IKMSample) string {
	if !x.Responden.Shown() {
		return ""
	}
	s := p.Tf("sampel_kalimat", x.Responden.Text(p.Lang, 0), x.Minimum.Text(p.Lang, 0))
	if x.Cukup == "false" {
		s += " (" + p.T("indikatif") + ")"
	}
	return s
}

// unitUnsurSection: the elements of the chosen period, weakest in red.
func unitUnsurSection(p *kit.Page, key string, all kit.PeriodSpec, get func(string) UnsurPeriod) kit.Section {
	title := p.T("sec_unsur")
	empty := true
	for _, k := range append([]string{""}, all.Keys...) {
		empty = empty && len(get(k).Unsur) == 0
	}
	sec := kit.Section{ID: "ikm-unsur", Title: title, Note: p.T("sec_unsur_note"), Empty: empty}
	if empty {
		return sec
	}
	ps := all
	ps.Pick = func(k string) string {
		if up := get(k).Period; up != nil {
			return up.Periode
		}
		return k
	}
	ch := p.PeriodChart(ps, title, func(k string) (*kit.Option, bool) {
		up := get(k)
		ys := make([]string, 0, len(up.Unsur))
		data := make([]any, 0, len(up.Unsur))
		for i := len(up.Unsur) - 1; i >= 0; i-- {
			u := up.Unsur[i]
			ys = append(ys, unsurLabel(p.Lang, u.Unsur, u.Nama))
			color := kit.MutuColors[u.Mutu]
			if u.Terendah {
				color = colorBad
			}
			if color == "" {
				color = "#999999"
			}
			data = append(data, opts.BarData{Value: u.IKM.Chart(2), ItemStyle: &opts.ItemStyle{Color: color}})
		}
		o := kit.NewBar(title + " · " + at(up.Period, k)).NoLegend()
		// Names cut at 150 px (the table beside holds them whole): on a
		// phone the bars and the C/B/A lines keep room.
		o.Horizontal(ys, opts.XAxis{Min: 25, Max: 100, Name: "IKM"}, &opts.AxisLabel{Interval: "0", Width: 150, Overflow: "truncate"})
		o.Add(p.T("ikm"), data, kit.MarkLines("#555555", &opts.Label{Show: opts.Bool(true), Formatter: "{b}"},
			opts.MarkLineNameXAxisItem{Name: "C", XAxis: 65.00}, opts.MarkLineNameXAxisItem{Name: "B", XAxis: 76.61},
			opts.MarkLineNameXAxisItem{Name: "A", XAxis: 88.31}))
		return o, len(up.Unsur) == 0
	})
	ch.Height = 380
	t := p.PeriodTable(ps, key, "ikm_unsur", func(k string) string { return title + " · " + at(get(k).Period, k) },
		[]kit.Column{p.Col("urutan"), p.Col("unsur_ikm", "unsur"), p.Col("nrr"), p.Col("ikm_unsur"), p.Col("mutu", "mutu_unsur"), p.Col("terlemah", "terendah")},
		func(k string, t *kit.Table) {
			for _, u := range get(k).Unsur {
				low := kit.Cell{Text: "", Raw: "false"}
				if u.Terendah {
					low = kit.Cell{Text: p.T("terlemah_ya"), Raw: "true", Class: "bad"}
				}
				t.Add(kit.TextCell(kit.FmtInt64(u.Urutan)), kit.Cell{Text: unsurLabel(p.Lang, u.Unsur, u.Nama), Raw: u.Unsur},
					kit.StatCell(p.Lang, u.NRR, 2), kit.StatCell(p.Lang, u.IKM, 2), kit.TextCell(u.Mutu), low)
			}
		})
	st := p.PeriodTable(ps, key, "ikm_sampel", func(k string) string { return p.T("sampel") + " · " + at(get(k).Period, k) },
		[]kit.Column{p.Col("responden"), p.Col("sampel_minimum"), p.Col("sampel_cukup"), p.Col("populasi"), p.Col("unsur_terlemah", "unsur_terendah"),
			p.Col("keterangan")},
		func(k string, t *kit.Table) {
			up := get(k)
			if up.Period == nil {
				return
			}
			x := up.Sample
			cukup := kit.Cell{Text: "–", Raw: x.Cukup}
			switch x.Cukup {
			case "true":
				cukup = kit.Cell{Text: p.T("ya"), Raw: "true", Class: "good"}
			case "false":
				cukup = kit.Cell{Text: p.T("tidak") + " (" + p.T("indikatif") + ")", Raw: "false", Class: "bad"}
			}
			t.Add(kit.StatCell(p.Lang, x.Responden, 0), kit.StatCell(p.Lang, x.Minimum, 0), cukup, kit.StatCell(p.Lang, x.Populasi, 0),
				kit.Cell{Text: unsurLabel(p.Lang, x.Terendah, x.NamaTerendah), Raw: x.Terendah}, kit.Cell{Text: sampleNote(p, x), Raw: sampleNote(p, x)})
		})
	sec.Blocks = []kit.Block{{Chart: ch, Table: t}, {Table: st, Note: p.T("sampel_note")}}
	return sec
}

// unsurLabel names an IKM element: the mart's name on an Indonesian page,
// else the label of its key.
func unsurLabel(lang, key, nama string) string {
	if lang == kit.LangID && nama != "" {
		return nama
	}
	return kit.TrOr(lang, "unsur_"+key, kit.Humanize(key))
}

func boolRaw(b bool) string {
	if b {
		return "true"
	}
	return "false"
}
