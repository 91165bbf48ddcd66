package dashboards

import (
	"database/sql"
	"fmt"

	"github.com/go-echarts/go-echarts/v2/opts"

	"kinerja/dashboards/kit"
)

// The unit page's team section (issue 13, point 3: a unit's sub-units by
// kode_unit_induk roll up on its page, mart.unit_team) and responses
// section (point 11: how its people answered their appraisals,
// mart.appraisal_response_unit), each share with its Wilson 95 % interval
// (point 8). The figures are the marts'; the page masks and formats.

// TeamMember is one row of the team table in a period: the pooled team
// row first, then the unit itself, then its sub-units.
type TeamMember struct {
	Kode, Nama, Peran   string
	Pegawai, SangatBaik kit.Stat
	PersenSB            kit.Stat
	SBInterval          kit.Interval
	PersenTepat         kit.Stat
	TepatInterval       kit.Interval
	Responden, IKM      kit.Stat
	Mutu                string
	UnitAnggota         kit.Stat
}

// ResponsePoint is a unit's responses in one period.
type ResponsePoint struct {
	Period                                 kit.Period
	Pegawai, Ditanggapi, Setuju, Keberatan kit.Stat
	PersenKeberatan                        kit.Stat
	Interval                               kit.Interval
	Diterima, Ditolak, Proses, TanpaHasil  kit.Stat
	PersenDiterima                         kit.Stat
}

// teamModel: the team rows of unit kode (a team's kode_unit_induk) per
// period, masked. nil when the unit has no sub-units.
func (s *site) teamModel(kode string) (map[string][]TeamMember, []kit.Period) {
	rows := s.teamByInduk[kode]
	if len(rows) == 0 {
		return nil, nil
	}
	by := map[string][]TeamMember{}
	var ps []kit.Period
	groups := kit.GroupBy(rows, func(r teamRow) string { return r.Periode })
	for _, r := range rows {
		if r.Peran == "tim" {
			ps = append(ps, r.Period)
		}
	}
	ps = kit.PeriodsOf(ps, func(p kit.Period) kit.Period { return p })
	for per, g := range groups {
		by[per] = teamMembers(g, s.unitMasks)
	}
	return by, ps
}

// unitMasks is what the marts withhold of a unit's pegawai_dinilai and
// Sangat Baik in a period (mart.suppression, via mart.unit_performance).
func (s *site) unitMasks(unit, periode string) (peg, sb kit.Mask) {
	for _, r := range s.perfByUnit[unit] {
		if r.Periode == periode {
			return r.Predikat.Mask[0], r.Predikat.Mask[1]
		}
	}
	return kit.Shown, kit.Shown
}

// teamMembers masks one period's team rows (the team row first): each
// member's pegawai_dinilai and % Sangat Baik as the marts withhold them
// on every page (masks: mart.suppression's flags, so that the unit table
// beside it gives nothing back), a head count of 1-4 people, and the
// team's total of a column where a member's figure is withheld (the total
// minus the members shown would give it back; the members' counts are
// also on their own pages, so the total is the one withheld).
func teamMembers(rows []teamRow, masks func(unit, periode string) (peg, sb kit.Mask)) []TeamMember {
	var team *teamRow
	var members []teamRow
	for i := range rows {
		if rows[i].Peran == "tim" {
			team = &rows[i]
		} else {
			members = append(members, rows[i])
		}
	}
	if team == nil {
		return nil
	}
	n := func(v sql.NullInt64) int64 { return v.Int64 }
	small := func(v int64) bool { return v > 0 && v < kit.MinGroup }
	var pegSmall, sbSmall bool
	out := []TeamMember{{}}
	for _, m := range members {
		peg, sb := masks(m.Unit, m.Periode)
		mm := member(m, peg != kit.Shown, sb != kit.Shown)
		if peg == kit.MaskSmall {
			mm.Pegawai = kit.Stat{Small: true}
		}
		if sb == kit.MaskSmall || peg == kit.MaskSmall {
			mm.PersenSB, mm.SBInterval = kit.Stat{Small: true}, kit.IntervalOf(kit.Stat{Small: true}, sql.NullFloat64{}, sql.NullFloat64{})
		}
		pegSmall = pegSmall || small(n(m.Pegawai)) || mm.Pegawai.Small
		sbSmall = sbSmall || small(n(m.SangatBaik)) || small(n(m.Pegawai)) || mm.PersenSB.Small
		out = append(out, mm)
	}
	out[0] = member(*team, pegSmall, sbSmall)
	return out
}

// member is one team row as shown; maskPeg/maskSB withhold its people and
// its Sangat Baik count (and the % over them) beyond the rule for 1-4.
func member(r teamRow, maskPeg, maskSB bool) TeamMember {
	m := TeamMember{Kode: r.Unit, Nama: r.Nama, Peran: r.Peran, Mutu: str(r.Mutu), UnitAnggota: kit.NumInt(r.UnitAnggota)}
	m.Pegawai = kit.People(r.Pegawai)
	if maskPeg && m.Pegawai.Shown() {
		m.Pegawai = kit.Stat{Small: true, Linked: true}
	}
	m.PersenSB = kit.Pct(r.PersenSB, r.Pegawai)
	if (maskSB || maskPeg) && m.PersenSB.Shown() {
		m.PersenSB = kit.Stat{Small: true, Linked: true}
	}
	m.SBInterval = kit.IntervalOf(m.PersenSB, r.SBBawah, r.SBAtas)
	m.PersenTepat = kit.Num(r.PersenTepat)
	m.TepatInterval = kit.IntervalOf(m.PersenTepat, r.TepatBawah, r.TepatAt)
	m.Responden, m.IKM = kit.NumInt(r.Responden), kit.Num(r.IKM)
	return m
}

// responseModel: a unit's responses per period (the preferred kind),
// oldest first.
func (s *site) responseModel(kode string) []ResponsePoint {
	return responsePoints(s.respByUnit[kode])
}

// responsePoints are rows of a responses mart (a unit's or a region's),
// the preferred kind of period, oldest first, masked (responsePoint).
func responsePoints(rows []responseRow) []ResponsePoint {
	var out []ResponsePoint
	for _, r := range kit.Preferred(rows, func(r responseRow) kit.Period { return r.Period }) {
		out = append(out, responsePoint(r))
	}
	return out
}

// responsePoint is one period's responses of a unit or region, masked:
// the counts tied by a sum shown in the same row (setuju + keberatan =
// menanggapi; diterima + ditolak + diproses + tanpa hasil = keberatan) are
// masked together (kit.NewCountTable): none of 1-4 people can be computed
// from the others.
func responsePoint(r responseRow) ResponsePoint {
	n := func(v sql.NullInt64) int64 { return v.Int64 }
	ct := kit.NewCountTable([][]int64{{n(r.Setuju), n(r.Diterima), n(r.Ditolak), n(r.Proses), n(r.TanpaHasil)}}, true, false, []int{1, 2, 3, 4})
	c := func(i int) kit.Stat { return kit.MaskedCount(ct.Cells[0][i], ct.Masked[0][i]) }
	p := ResponsePoint{Period: r.Period, Pegawai: kit.People(r.Pegawai),
		Ditanggapi: kit.MaskedCount(ct.RowTotal[0], ct.RowTotalMasked[0]),
		Keberatan:  kit.MaskedCount(ct.Cells[0][1]+ct.Cells[0][2]+ct.Cells[0][3]+ct.Cells[0][4], ct.PartMasked[0][0]),
		Setuju:     c(0), Diterima: c(1), Ditolak: c(2), Proses: c(3), TanpaHasil: c(4)}
	p.PersenKeberatan = kit.Pct(r.PersenKeberatan, r.Pegawai)
	if !p.Keberatan.Shown() && p.Keberatan.Small && p.PersenKeberatan.Shown() {
		p.PersenKeberatan = kit.Stat{Small: true, Linked: p.Keberatan.Linked}
	}
	p.Interval = kit.IntervalOf(p.PersenKeberatan, r.KeberatanBawah, r.KeberatanAt)
	p.PersenDiterima = kit.Num(r.PersenDiterima)
	if !p.Diterima.Shown() || !p.Ditolak.Shown() {
		if p.PersenDiterima.Valid {
			p.PersenDiterima = kit.Stat{Small: true, Linked: p.Diterima.Linked || p.Ditolak.Linked}
		}
	}
	return p
}

// teamSection: the team of the unit in the period of the page's selector
// (the team's latest period up to it).
func teamSection(p *kit.Page, key string, all kit.PeriodSpec, m UnitModel) kit.Section {
	sec := kit.Section{ID: "tim", Title: p.T("sec_team"), Note: p.T("sec_team_note")}
	pick := func(k string) *kit.Period {
		if k == "" {
			k = all.Def
		}
		up, ok := m.ByPeriod[k]
		if !ok {
			return pickPeriod(m.TeamPeriods, kit.Period{Periode: k})
		}
		return pickPeriod(m.TeamPeriods, up.Period)
	}
	ps := all
	ps.Pick = func(k string) string {
		if tp := pick(k); tp != nil {
			return tp.Periode
		}
		return ""
	}
	name := func(t TeamMember) string {
		if t.Peran == "tim" {
			return p.T("team_row")
		}
		return t.Nama
	}
	ch := p.PeriodChart(ps, p.T("team_chart"), func(k string) (*kit.Option, bool) {
		tp := pick(k)
		label := k
		var rows []TeamMember
		if tp != nil {
			label, rows = tp.Periode, m.Team[tp.Periode]
		}
		var cats []string
		var vals []kit.Stat
		var ivs []kit.Interval
		// bottom-up: the team row on top
		for i := len(rows) - 1; i >= 0; i-- {
			cats, vals, ivs = append(cats, name(rows[i])), append(vals, rows[i].PersenSB), append(ivs, rows[i].SBInterval)
		}
		o := kit.NewBar(p.T("team_chart")+" · "+label).Horizontal(cats, opts.XAxis{Max: 100, Name: "%"}, kit.LongLabels())
		o.Add(p.T("persen_sb"), kit.BarStats(vals, 1, false), kit.Color(kit.Palette[0])).Intervals(ivs, 1)
		return o, len(rows) == 0
	})
	cols := []kit.Column{p.Col("kode_unit", "kode_anggota"), p.Col("unit", "nama_unit"), p.Col("peran"), p.Col("pegawai_dinilai"),
		p.Col("persen_sb", "persen_sangat_baik"), p.Col("ik_sb", "persen_sangat_baik_ik"), p.Col("tepat_waktu", "persen_tepat_waktu"),
		p.Col("ik_tepat", "persen_tepat_waktu_ik"), p.Col("responden"), p.Col("ikm"), p.Col("mutu")}
	t := p.PeriodTable(ps, key, "tim", func(k string) string {
		if tp := pick(k); tp != nil {
			return p.T("sec_team") + " · " + tp.Periode
		}
		return p.T("sec_team") + " · " + k
	}, cols, func(k string, t *kit.Table) {
		tp := pick(k)
		if tp == nil {
			return
		}
		for _, r := range m.Team[tp.Periode] {
			code := kit.TextCell(r.Kode)
			nm := kit.Cell{Text: name(r), Raw: r.Nama}
			if r.Peran == "sub_unit" {
				nm = kit.Cell{Text: r.Nama, Raw: r.Nama, Href: p.UnitHref(r.Kode)}
			}
			t.Add(code, nm, kit.TrCell(p.Lang, "peran_", r.Peran), kit.StatCell(p.Lang, r.Pegawai, 0), kit.StatCell(p.Lang, r.PersenSB, 1),
				kit.IntervalCell(p.Lang, r.SBInterval, 1), kit.StatCell(p.Lang, r.PersenTepat, 1), kit.IntervalCell(p.Lang, r.TepatInterval, 1),
				kit.StatCell(p.Lang, r.Responden, 0), kit.StatCell(p.Lang, r.IKM, 2), kit.TextCell(r.Mutu))
		}
	})
	sec.Blocks = []kit.Block{{Chart: ch, Table: t, Wide: true}}
	return sec
}

// responseSection: the share of appraisals objected to per period (with
// its interval; the region's, region, when most of the unit's are
// withheld) and how the objections ended.
func responseSection(p *kit.Page, key string, m UnitModel, region []ResponsePoint) kit.Section {
	rs := m.Responses
	sec := kit.Section{ID: "tanggapan", Title: p.T("sec_response"), Note: p.T("sec_response_note"), Empty: len(rs) == 0}
	ch := unitChart(p, m, p.T("response_chart"), func(title string) drawn { return responseOption(p, title, rs) },
		func(title string) (*kit.Option, bool) {
			d := responseOption(p, title, region)
			return d.o, d.empty
		})
	t := p.Table(key, "tanggapan", p.T("sec_response"), p.Col("periode"), p.Col("pegawai_dinilai"), p.Col("ditanggapi"), p.Col("setuju"),
		p.Col("keberatan"), p.Col("persen_keberatan"), p.Col("ik_keberatan", "persen_keberatan_ik"), p.Col("kb_diterima", "keberatan_diterima"),
		p.Col("kb_ditolak", "keberatan_ditolak"), p.Col("kb_proses", "keberatan_proses"), p.Col("kb_tanpa_hasil", "keberatan_tanpa_hasil"),
		p.Col("kb_persen_terima", "persen_keberatan_diterima"))
	for _, r := range rs {
		t.Add(kit.TextCell(r.Period.Periode), kit.StatCell(p.Lang, r.Pegawai, 0), kit.StatCell(p.Lang, r.Ditanggapi, 0), kit.StatCell(p.Lang, r.Setuju, 0),
			kit.StatCell(p.Lang, r.Keberatan, 0), kit.StatCell(p.Lang, r.PersenKeberatan, 1), kit.IntervalCell(p.Lang, r.Interval, 1),
			kit.StatCell(p.Lang, r.Diterima, 0), kit.StatCell(p.Lang, r.Ditolak, 0), kit.StatCell(p.Lang, r.Proses, 0),
			kit.StatCell(p.Lang, r.TanpaHasil, 0), kit.StatCell(p.Lang, r.PersenDiterima, 1))
	}
	sec.Blocks = []kit.Block{{Chart: ch, Table: t, Wide: true}}
	return sec
}

// ikmSampleNote is the headline IKM's flag when its respondents are fewer
// than the minimum sample: "berdasarkan 21 responden, di bawah sampel
// minimum 346 (PermenPANRB 14/2017): indikatif".
func ikmSampleNote(p *kit.Page, up UnitPeriod) string {
	if !up.SampelCukup.Valid || up.SampelCukup.Bool || !up.Responden.Shown() || !up.SampelMinimum.Valid {
		return ""
	}
	return fmt.Sprintf(p.T("ikm_sampel_kurang"), kit.FmtNum(p.Lang, up.Responden.Value, 0), kit.FmtNum(p.Lang, float64(up.SampelMinimum.Int64), 0))
}

// responseOption draws the share of appraisals objected to per period,
// with its interval.
func responseOption(p *kit.Page, title string, rs []ResponsePoint) drawn {
	var xs []string
	var vals []kit.Stat
	var ivs []kit.Interval
	for _, r := range rs {
		xs, vals, ivs = append(xs, r.Period.Periode), append(vals, r.PersenKeberatan), append(ivs, r.Interval)
	}
	o := kit.NewBar(title).Categories(xs, opts.YAxis{Name: "%", Min: 0})
	o.Add(p.T("persen_keberatan"), kit.BarStats(vals, 1, true), kit.Color(kit.Palette[4])).Intervals(ivs, 1)
	return drawn{o: o, shown: vals, empty: len(rs) == 0}
}
