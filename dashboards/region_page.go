package dashboards

import (
	"strings"

	"kinerja/dashboards/kit"
)

func (s *site) regionPage(m RegionModel, lang string) *kit.Page {
	key := "wilayah_" + kit.FileName(m.Kode)
	p := s.newPage(lang, "wilayah/"+kit.FileName(m.Kode)+".html", m.Nama)
	p.Subtitle = m.Kode + " · " + m.Provinsi
	p.Crumbs = append(p.Crumbs, kit.Link{Href: p.RegionHref(m.Kode), Text: m.Nama})
	p.Printable = true
	latest := kit.PeriodLabel(nil)
	if len(m.Periods) > 0 {
		latest = m.Periods[0].Periode
	}
	p.Subtitle += " · " + p.T("latest_period") + ": " + latest
	p.Summary = s.pageSummary(p, m.Kode, "", m.Default)

	// The period selector switches every section that shows one period;
	// the time series (predikat, layanan, 20 JP per year) stay.
	var keys []string
	for _, pp := range m.Periods {
		keys = append(keys, pp.Periode)
	}
	p.SetPeriodChoices(m.Periods, m.Default)
	get := func(k string) RegionPeriod {
		if rp, ok := m.ByPeriod[k]; ok {
			return rp
		}
		return m.defaultPeriod()
	}
	for _, k := range keys {
		p.FigureSets = append(p.FigureSets, kit.FigureSet{Period: k, Label: p.T("sec_headline") + " · " + k, Hidden: k != m.Default,
			Figures: regionFigures(p, get(k))})
	}
	if len(keys) == 0 {
		p.Figures = regionFigures(p, get(""))
	}
	all := kit.PeriodSpec{Keys: keys, Def: m.Default}
	// A section shows its mart's period (or year) for the selector's
	// period; selector periods showing the same one share it. A period
	// without data is its own (empty) variant, so it is named.
	per := func(f func(RegionPeriod) *kit.Period) kit.PeriodSpec {
		ps := all
		ps.Pick = func(k string) string {
			if pp := f(get(k)); pp != nil {
				return pp.Periode
			}
			return k
		}
		return ps
	}
	year := func(f func(RegionPeriod) int64) kit.PeriodSpec {
		ps := all
		ps.CSVKey = "tahun"
		ps.Pick = func(k string) string {
			if y := f(get(k)); y != 0 {
				return kit.FmtInt64(y)
			}
			return k
		}
		return ps
	}
	units := per(func(r RegionPeriod) *kit.Period { return r.UnitsPeriod })

	// The sections of appraisal figures say, for a kind of period the
	// appraisals lack (a semester), that they have none.
	skp := func(sec kit.Section) kit.Section {
		sec.NoteFor(keys, m.Default, func(k string) string {
			if rp := get(k); rp.NoSKP {
				return skpNote(p, rp.Period.Jenis)
			}
			return ""
		})
		return sec
	}
	p.Sections = append(p.Sections, predikatSection(p, key, m.Predikat, predikatChart(p, m.Predikat)))
	p.Sections = append(p.Sections, skp(unitsPeriodSection(p, key, units, get)))
	p.Sections = append(p.Sections, withCorrelation(p, key, skp(quadrantPeriodSection(p, key, units, get)), sectorSpec(all, m.sectorAt), m.sectorAt))
	p.Sections = append(p.Sections, skp(sectorSection(p, key, sectorSpec(all, m.sectorAt), m.sectorAt)))

	svc := kit.Section{ID: "layanan", Title: p.T("sec_service"), Note: p.T("sec_service_note"), Empty: len(m.Services) == 0}
	if len(m.Services) > 0 {
		svc.Blocks = append(svc.Blocks, kit.Block{Table: serviceNowTable(p, key, per(func(r RegionPeriod) *kit.Period { return r.ServicePeriod }), get)})
	}
	for _, ser := range m.Services {
		svc.Blocks = append(svc.Blocks, serviceBlock(p, key, ser, false))
	}
	p.Sections = append(p.Sections, svc)

	p.Sections = append(p.Sections, ikmPeriodSection(p, key, per(func(r RegionPeriod) *kit.Period { return r.IKMPeriod }), get))
	p.Sections = append(p.Sections, skp(berakhlakPeriodSection(p, key, per(func(r RegionPeriod) *kit.Period { return r.BerakhlakPeriod }), get)))

	jpUnits := year(func(r RegionPeriod) int64 { return r.JPYear })
	jp := kit.Section{ID: "jp", Title: p.T("sec_jp"), Note: p.T("sec_jp_note"), Empty: len(m.JP) == 0 && len(m.JPUnits) == 0}
	jp.Blocks = append(jp.Blocks, kit.Block{Chart: jpChart(p, p.T("kurang_20")+" · "+m.Nama, m.JP), Table: jpTable(p, key, "jp", p.T("sec_jp"), m.JP, false)})
	if m.hasJPUnits() {
		t := p.PeriodTable(jpUnits, key, "jp_unit", func(k string) string {
			return p.T("sec_jp") + " · " + p.T("unit") + " · " + yearAt(get(k).JPYear, k)
		}, jpCols(p, true), func(k string, t *kit.Table) {
			for _, y := range get(k).JPUnits {
				t.Add(jpRow(p, y, true)...)
			}
		})
		jp.Blocks = append(jp.Blocks, kit.Block{Table: t})
	}
	p.Sections = append(p.Sections, jp)

	kurva := per(func(r RegionPeriod) *kit.Period { return r.KurvaPeriod })
	p.Sections = append(p.Sections, skp(kurvaPeriodSection(p, key, kurva, func(k string) (*kit.Period, []KurvaUnit) {
		rp := get(k)
		return rp.KurvaPeriod, rp.Kurva
	})))

	needsY := year(func(r RegionPeriod) int64 { return r.NeedsYear })
	needs := kit.Section{ID: "pelatihan", Title: p.T("sec_needs"), Note: p.T("sec_needs_note"), Empty: !m.hasNeeds()}
	if m.hasNeeds() {
		nch := p.PeriodChart(needsY, p.T("sec_needs"), func(k string) (*kit.Option, bool) {
			rp := get(k)
			return priorityChart(p, rp.Needs, yearAt(rp.NeedsYear, k), true)
		})
		nch.Height = max(320, 110+24*m.maxLen(func(r RegionPeriod) int { return len(r.Needs) }))
		nt := p.PeriodTable(needsY, key, "pelatihan", func(k string) string { return p.T("sec_needs") + " · " + yearAt(get(k).NeedsYear, k) },
			needsCols(p, false), func(k string, t *kit.Table) {
				for _, u := range get(k).Needs {
					t.Add(needsRow(p, u, false)...)
				}
			})
		needs.Blocks = []kit.Block{{Chart: nch, Table: nt, Wide: true}}
	}
	p.Sections = append(p.Sections, needs)

	talY := year(func(r RegionPeriod) int64 { return r.TalentYear })
	tal := kit.Section{ID: "talenta", Title: p.T("sec_talenta"), Note: p.T("talent_intro"), Empty: !m.hasTalent()}
	if m.hasTalent() {
		tch := p.PeriodChart(talY, p.T("talent_units"), func(k string) (*kit.Option, bool) {
			rp := get(k)
			return unitsPoolChart(p, rp.Talent, yearAt(rp.TalentYear, k))
		})
		tch.Height = max(320, 110+24*m.maxLen(func(r RegionPeriod) int { return len(r.Talent) }))
		tt := p.PeriodTable(talY, key, "talenta_unit", func(k string) string { return p.T("talent_units") + " · " + yearAt(get(k).TalentYear, k) },
			nineboxCols(p, true), func(k string, t *kit.Table) {
				for _, r := range get(k).Talent {
					t.Add(nineboxRow(p, r, true)...)
				}
			})
		tal.Blocks = []kit.Block{{Chart: tch, Table: tt, Wide: true}}
	}
	p.Sections = append(p.Sections, tal)
	if s.showNames {
		p.Sections = append(p.Sections, s.namesSections(p, key, m.Kode)...)
	}

	if len(keys) > 0 {
		p.Sections = append(p.Sections, skp(alertsPeriodSection(p, key, all, get)))
	} else {
		p.Sections = append(p.Sections, alertsSection(p, key, m.Alerts))
	}

	list := kit.Section{ID: "unit", Title: p.T("sec_units_list"), Empty: len(m.UnitList) == 0}
	for _, u := range m.UnitList {
		list.Links = append(list.Links, kit.Link{Href: p.UnitHref(u.Kode), Text: u.Nama})
	}
	p.Sections = append(p.Sections, list)
	return p
}

// defaultPeriod is the default period's view, also without any period.
func (m RegionModel) defaultPeriod() RegionPeriod {
	if rp, ok := m.ByPeriod[m.Default]; ok {
		return rp
	}
	return RegionPeriod{Now: m.Now, Prev: m.Prev, UnitsPeriod: m.UnitsPeriod, Units: m.Units, UnitsRegion: m.UnitsRegion, IKMPeriod: m.IKMPeriod, IKMUnits: m.IKMUnits,
		BerakhlakPeriod: m.BerakhlakPeriod, Berakhlak: m.Berakhlak, JPUnits: m.JPUnits, NeedsYear: m.NeedsYear, Needs: m.Needs,
		TalentYear: m.TalentYear, Talent: m.Talent, Alerts: m.Alerts, YoYPeriod: m.YoYPeriod, YoYSB: m.YoYSB, YoYIKM: m.YoYIKM,
		YoYKTP: m.YoYKTP, YoYOnTime: m.YoYOnTime}
}

// maxLen is the largest f over the periods (the default's without any).
func (m RegionModel) maxLen(f func(RegionPeriod) int) int {
	n := f(m.defaultPeriod())
	for _, rp := range m.ByPeriod {
		n = max(n, f(rp))
	}
	return n
}

func (m RegionModel) hasJPUnits() bool {
	return m.maxLen(func(r RegionPeriod) int { return len(r.JPUnits) }) > 0
}

func (m RegionModel) hasNeeds() bool {
	return m.maxLen(func(r RegionPeriod) int { return len(r.Needs) }) > 0
}

func (m RegionModel) hasTalent() bool {
	return m.maxLen(func(r RegionPeriod) int { return len(r.Talent) }) > 0
}

// regionFigures are the headline figures of one period: the change on the
// period before and on the same period a year earlier.
func regionFigures(p *kit.Page, rp RegionPeriod) []kit.Figure {
	lang := p.Lang
	note := ""
	if rp.Prev.Period != nil {
		note = p.T("perubahan") + " vs " + rp.Prev.Period.Periode
	}
	skp := note
	if rp.NoSKP {
		skp = noKindNote(p, rp.Period.Jenis)
	}
	figs := []kit.Figure{
		kit.FigureOf(lang, p.T("pegawai_dinilai"), rp.Now.PegawaiDinilai, rp.Prev.PegawaiDinilai, 0, "", skp, ""),
		kit.FigureOf(lang, p.T("persen_sb"), rp.Now.PersenSB, rp.Prev.PersenSB, 1, "", skp, ""),
		kit.FigureOf(lang, p.T("ikm"), rp.Now.IKM, rp.Prev.IKM, 2, mutuSuffix(rp.Now.Mutu), note, kit.ArahNaik),
		kit.FigureOf(lang, p.T("median_ktp"), rp.Now.MedianKTP, rp.Prev.MedianKTP, 2, "", note, kit.ArahTurun),
		kit.FigureOf(lang, p.T("tepat_waktu"), rp.Now.TepatWaktu, rp.Prev.TepatWaktu, 1, "", note, kit.ArahNaik),
		kit.FigureOf(lang, p.T("backlog"), rp.Now.Backlog, rp.Prev.Backlog, 0, "", note, kit.ArahTurun),
		kit.FigureOf(lang, p.T("kurang_20"), rp.Now.Kurang20, kit.Stat{}, 1, "", p.T("tahun")+": "+yearText(rp.Kurang20Year), kit.ArahTurun),
	}
	if rp.YoYPeriod != "" {
		yoy := func(i int, d kit.Stat, dec int, arah string) {
			if d.Small {
				figs[i].Delta2, figs[i].Note2 = "<5", p.T("yoy")+" ("+rp.YoYPeriod+")"
			} else if d.Shown() {
				figs[i].Delta2, figs[i].Trend2 = kit.Change(lang, d.Value, dec, arah)
				figs[i].Note2 = p.T("yoy") + " (" + rp.YoYPeriod + ")"
			}
		}
		yoy(1, rp.YoYSB, 1, "")
		yoy(2, rp.YoYIKM, 2, kit.ArahNaik)
		yoy(3, rp.YoYKTP, 2, kit.ArahTurun)
		yoy(4, rp.YoYOnTime, 1, kit.ArahNaik)
	}
	return figs
}

// serviceNowTable is every layanan of the region in one period against its
// standard.
func serviceNowTable(p *kit.Page, key string, ps kit.PeriodSpec, get func(string) RegionPeriod) *kit.Table {
	cols := []kit.Column{p.Col("layanan"), p.Col("permohonan"), p.Col("median_jam", "median_jam"), p.Col("p90_jam", "p90_jam"),
		p.Col("batas_jam", "batas_jam"), p.Col("sesuai_standar", "median_sesuai_standar"), p.Col("tepat_waktu", "persen_tepat_waktu"), p.Col("backlog")}
	return p.PeriodTable(ps, key, "layanan", func(k string) string {
		return p.T("sec_service_now") + " · " + at(get(k).ServicePeriod, k)
	}, cols, func(k string, t *kit.Table) {
		for _, sv := range get(k).Services {
			t.Add(kit.TrCell(p.Lang, "lay_", sv.Layanan), kit.StatCell(p.Lang, sv.Permohonan, 0), kit.StatCell(p.Lang, sv.Median, 2), kit.StatCell(p.Lang, sv.P90, 2),
				kit.StatCell(p.Lang, sv.Batas, 2), withinStandard(p, sv.Median, sv.Batas), kit.StatCell(p.Lang, sv.TepatWaktu, 1), kit.StatCell(p.Lang, sv.Backlog, 0))
		}
	})
}

// withinStandard: ya/tidak (true/false in the CSV) for a median against
// its standard, – when either is missing.
func withinStandard(p *kit.Page, med, batas kit.Stat) kit.Cell {
	if !med.Shown() || !batas.Shown() {
		return kit.Cell{Text: "–"}
	}
	if med.Value <= batas.Value {
		return kit.Cell{Text: p.T("ya"), Raw: "true"}
	}
	return kit.Cell{Text: p.T("tidak"), Raw: "false"}
}

// at names what a section shows for selector value k: its mart's period,
// else k.
func at(p *kit.Period, k string) string {
	if p != nil {
		return p.Periode
	}
	if k != "" {
		return k
	}
	return "–"
}

// yearAt is at for a yearly section.
func yearAt(y int64, k string) string {
	if y != 0 {
		return kit.FmtInt64(y)
	}
	if k != "" {
		return k
	}
	return "–"
}

func mutuSuffix(m string) string {
	if m == "" {
		return ""
	}
	return " (" + m + ")"
}

func joinComma(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += ", "
		}
		out += x
	}
	return out
}

// noKindNote is a figure's note for a kind of period its mart has no
// figure for: "tidak ada angka per semester".
func noKindNote(p *kit.Page, jenis string) string {
	return p.T("no_kind_" + jenis)
}

// skpNote is a section's sentence for a kind of period the appraisals
// lack: for a semester, that SKP is rated per quarter and year.
func skpNote(p *kit.Page, jenis string) string {
	if jenis == "semester" {
		return capFirst(p.T("skp_no_semester")) + "."
	}
	return capFirst(p.T("no_kind_"+jenis)) + "."
}

func capFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
