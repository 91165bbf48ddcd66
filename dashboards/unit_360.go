package dashboards

import (
	"database/sql"

	"github.com/go-echarts/go-echarts/v2/opts"

	"kinerja/dashboards/kit"
)

// The 360 section of the unit page (issue 13, point 5, Manokwari's ask:
// self + supervisor + peer): per period, the mean gaps diri - atasan and
// rekan - atasan of mart.unit_360, the people each mean stands on, and the
// unit's raters by the lenient/severe rule of mart.rater_calibration, as
// counts (the raters are listed by pseudonym only, on the region page).

// unit360Row is a unit's 360 view in one period (mart.unit_360).
type unit360Row struct {
	Unit, Wilayah string
	kit.Period
	PegAtasan, PegDiri, PegRekan        sql.NullInt64
	RataAtasan, RataDiri, RataRekan     sql.NullFloat64
	GapDiri, GapRekan                   sql.NullFloat64
	Penilai, Cukup, Lunak, Ketat, Wajar sql.NullInt64
}

func (x *unit360Row) cols() kit.Cols {
	return x.Period.Cols().Add(kit.Cols{"kode_unit": &x.Unit, "kode_wilayah": &x.Wilayah,
		"pegawai_atasan": &x.PegAtasan, "pegawai_diri": &x.PegDiri, "pegawai_rekan": &x.PegRekan,
		"rata_atasan": &x.RataAtasan, "rata_diri": &x.RataDiri, "rata_rekan": &x.RataRekan,
		"selisih_diri_atasan": &x.GapDiri, "selisih_rekan_atasan": &x.GapRekan,
		"penilai": &x.Penilai, "penilai_dinilai_cukup": &x.Cukup, "penilai_lunak": &x.Lunak, "penilai_ketat": &x.Ketat,
		"penilai_wajar": &x.Wajar})
}

// View360 is a unit's 360 view in one period as the page shows it: head
// counts 1-4 and means over fewer than 5 people withheld. The raters'
// counts are shown as they are, as the region page's lenient raters are.
type View360 struct {
	Period                              kit.Period
	PegAtasan, PegDiri, PegRekan        kit.Stat
	RataAtasan, RataDiri, RataRekan     kit.Stat
	GapDiri, GapRekan                   kit.Stat
	Penilai, Cukup, Lunak, Ketat, Wajar kit.Stat
}

// unit360: the unit's periods of the preferred kind, oldest first.
func (s *site) unit360(kode string) []View360 {
	rows := kit.Preferred(s.out.view360ByUnit[kode], func(r unit360Row) kit.Period { return r.Period })
	out := make([]View360, 0, len(rows))
	for _, r := range rows {
		out = append(out, View360{Period: r.Period,
			PegAtasan: kit.People(r.PegAtasan), PegDiri: kit.People(r.PegDiri), PegRekan: kit.People(r.PegRekan),
			RataAtasan: kit.Over(r.RataAtasan, r.PegAtasan), RataDiri: kit.Over(r.RataDiri, r.PegDiri), RataRekan: kit.Over(r.RataRekan, r.PegRekan),
			GapDiri: kit.Over(r.GapDiri, r.PegDiri), GapRekan: kit.Over(r.GapRekan, r.PegRekan),
			Penilai: kit.NumInt(r.Penilai), Cukup: kit.NumInt(r.Cukup), Lunak: kit.NumInt(r.Lunak), Ketat: kit.NumInt(r.Ketat),
			Wajar: kit.NumInt(r.Wajar)})
	}
	return out
}

// unit360Section: the gaps over the periods (chart and table) and the
// raters by label under the rule.
func unit360Section(p *kit.Page, key string, vs []View360) kit.Section {
	title := p.T("sec_360")
	sec := kit.Section{ID: "360", Title: title, Note: p.T("sec_360_note"), Empty: len(vs) == 0}
	if len(vs) == 0 {
		return sec
	}
	ctitle := p.T("selisih_360")
	xs := make([]string, len(vs))
	diri, rekan := make([]kit.Stat, len(vs)), make([]kit.Stat, len(vs))
	for i, v := range vs {
		xs[i], diri[i], rekan[i] = v.Period.Periode, v.GapDiri, v.GapRekan
	}
	o := kit.NewBar(ctitle).Categories(xs, opts.YAxis{Name: p.T("skor_360")})
	o.Add(p.T("selisih_diri_atasan"), kit.BarStats(diri, 2, true), kit.Color(kit.Palette[0]))
	o.Add(p.T("selisih_rekan_atasan"), kit.BarStats(rekan, 2, true), kit.Color(kit.Palette[1]))
	ch := p.Chart(ctitle, o, false)
	t := p.Table(key, "360", ctitle, p.Col("periode"), p.Col("pegawai_atasan"), p.Col("pegawai_diri"), p.Col("pegawai_rekan"),
		p.Col("rata_atasan"), p.Col("rata_diri"), p.Col("rata_rekan"), p.Col("selisih_diri_atasan"), p.Col("selisih_rekan_atasan"))
	for _, v := range vs {
		t.Add(kit.TextCell(v.Period.Periode), kit.StatCell(p.Lang, v.PegAtasan, 0), kit.StatCell(p.Lang, v.PegDiri, 0), kit.StatCell(p.Lang, v.PegRekan, 0),
			kit.StatCell(p.Lang, v.RataAtasan, 2), kit.StatCell(p.Lang, v.RataDiri, 2), kit.StatCell(p.Lang, v.RataRekan, 2),
			kit.StatCell(p.Lang, v.GapDiri, 2), kit.StatCell(p.Lang, v.GapRekan, 2))
	}
	rt := p.Table(key, "360_penilai", p.T("alert_lunak")+" / "+p.T("penilai_ketat"), p.Col("periode"), p.Col("penilai"),
		p.Col("penilai_cukup", "penilai_dinilai_cukup"), p.Col("penilai_lunak"), p.Col("penilai_ketat"), p.Col("penilai_wajar"))
	for _, v := range vs {
		rt.Add(kit.TextCell(v.Period.Periode), kit.StatCell(p.Lang, v.Penilai, 0), kit.StatCell(p.Lang, v.Cukup, 0),
			kit.StatCell(p.Lang, v.Lunak, 0), kit.StatCell(p.Lang, v.Ketat, 0), kit.StatCell(p.Lang, v.Wajar, 0))
	}
	sec.Blocks = []kit.Block{{Chart: ch, Table: t}, {Table: rt, Note: p.T("sec_360_aturan")}}
	return sec
}
