package dashboards

import (
	"path"
	"regexp"

	"github.com/go-echarts/go-echarts/v2/opts"

	"kinerja/dashboards/kit"
)

// BatchInfo is one source batch as the data quality page shows it.
type BatchInfo struct {
	ID                           int64
	Source, Kind, File, LoadedAt string
	ReplacedBy                   kit.Stat
	Read, Loaded, Quarantined    kit.Stat
	Reasons                      string
	Contradictions               int64
}

// QualityModel is everything kualitas.html shows.
type QualityModel struct {
	LastLoaded string
	Batches    []BatchInfo
	Quarantine []quarantineRow // reasons masked
	Coverage   []CoveragePoint

	// The headline: batches in force, the rows they read and quarantined,
	// the appraisals set aside (mart.data_quality_summary).
	BatchesInForce, Read, Quarantined, SetAside int64
}

// CoveragePoint is the appraisal coverage of one period.
type CoveragePoint struct {
	Period           kit.Period
	Pegawai, Dinilai kit.Stat
	Cakupan          kit.Stat
}

var (
	longDigits = regexp.MustCompile(`[0-9]{6,}`)
	quoted     = regexp.MustCompile(`'[^']*'`)
)

// maskReason keeps a quarantine reason readable without the raw value it may
// quote (a name, a NIP, a birth date).
func maskReason(s string) string {
	s = quoted.ReplaceAllString(s, "'…'")
	return longDigits.ReplaceAllString(s, "…")
}

func (s *site) qualityModel() QualityModel {
	m := QualityModel{LastLoaded: s.w.DataPer, BatchesInForce: s.w.DQSummary.Batches, Read: s.w.DQSummary.Read,
		Quarantined: s.w.DQSummary.Quarantined, SetAside: s.w.DQSummary.SetAside}
	for _, b := range s.w.DQBatches {
		m.Batches = append(m.Batches, BatchInfo{ID: b.ID, Source: b.Source, Kind: b.Kind, File: path.Base(filepathSlash(b.Path)), LoadedAt: b.LoadedAt,
			ReplacedBy: kit.NumInt(b.ReplacedBy), Read: kit.NumInt(b.Read), Loaded: kit.NumInt(b.Loaded), Quarantined: kit.NumInt(b.Quarantined),
			Reasons: maskReason(b.Reasons), Contradictions: b.Contradictions})
	}
	for _, q := range s.w.Quarantine {
		q.Reason = maskReason(q.Reason)
		m.Quarantine = append(m.Quarantine, q)
	}
	for _, c := range kit.Preferred(s.w.Coverage, func(c coverageRow) kit.Period { return c.Period }) {
		m.Coverage = append(m.Coverage, CoveragePoint{Period: c.Period, Pegawai: kit.People(c.Pegawai), Dinilai: kit.People(c.Dinilai), Cakupan: kit.Pct(c.Cakupan, c.Pegawai)})
	}
	return m
}

func filepathSlash(p string) string {
	out := []rune(p)
	for i, r := range out {
		if r == '\\' {
			out[i] = '/'
		}
	}
	return string(out)
}

func (s *site) qualityPage(m QualityModel, lang string) *kit.Page {
	p := s.mainPage(lang, "kualitas.html", "nav_kualitas", "dq_intro")
	key := "kualitas"
	p.Figures = []kit.Figure{
		{Label: p.T("dq_last"), Value: kit.OrDash(m.LastLoaded)},
		{Label: p.T("dq_batches"), Value: kit.FmtNum(lang, float64(m.BatchesInForce), 0)},
		{Label: p.T("dibaca"), Value: kit.FmtNum(lang, float64(m.Read), 0)},
		{Label: p.T("karantina"), Value: kit.FmtNum(lang, float64(m.Quarantined), 0)},
	}
	// Batches.
	bs := kit.Section{ID: "batch", Title: p.T("dq_batches"), Note: p.T("dq_batches_note"), Empty: len(m.Batches) == 0}
	var xs []string
	var dl, dq []any
	var counts []kit.Stat
	for _, b := range m.Batches {
		xs = append(xs, "#"+kit.FmtInt64(b.ID)+" "+b.Source)
		dl = append(dl, kit.LogValue(b.Loaded))
		dq = append(dq, kit.LogValue(b.Quarantined))
		counts = append(counts, b.Loaded, b.Quarantined)
	}
	bar := kit.NewBar(p.T("dq_batches")).Categories(xs, opts.YAxis{Type: "log", Name: p.T("baris"), Min: 1, Max: kit.LogAxisMax(counts...)})
	bar.XAxis(opts.XAxis{AxisLabel: &opts.AxisLabel{Interval: "0", Rotate: 30}})
	bar.Add(p.T("dimuat"), dl, kit.Color(kit.Palette[0]))
	bar.Add(p.T("karantina"), dq, kit.Color(kit.Palette[5]))
	bch := p.Chart(p.T("dq_batches"), bar, len(xs) == 0)
	bt := p.Table(key, "batch", p.T("dq_batches"), p.Col("batch", "batch_id"), p.Col("sumber", "source"), p.Col("jenis", "kind"), p.Col("berkas", "file"),
		p.Col("dimuat_pada", "loaded_at"), p.Col("diganti", "diganti_oleh"), p.Col("dibaca", "baris_dibaca"), p.Col("dimuat", "baris_dimuat"),
		p.Col("karantina", "baris_karantina"), p.Col("kontradiksi", "predikat_kontradiksi"), p.Col("alasan", "alasan_karantina"))
	for _, b := range m.Batches {
		bt.Add(kit.TextCell(kit.FmtInt64(b.ID)), kit.TextCell(b.Source), kit.CodeCell(lang, "kind_", b.Kind), kit.TextCell(b.File), kit.TextCell(b.LoadedAt), kit.StatCell(lang, b.ReplacedBy, 0), kit.StatCell(lang, b.Read, 0),
			kit.StatCell(lang, b.Loaded, 0), kit.StatCell(lang, b.Quarantined, 0), kit.StatCell(lang, kit.Stat{Value: float64(b.Contradictions), Valid: true}, 0), kit.Cell{Text: batchReasons(lang, b.Reasons), Raw: b.Reasons})
	}
	bs.Blocks = []kit.Block{{Chart: bch, Table: bt, Wide: true}}
	p.Sections = append(p.Sections, bs)

	// Quarantine reasons.
	qs := kit.Section{ID: "karantina", Title: p.T("dq_quarantine"), Note: p.T("dq_quarantine_note"), Empty: len(m.Quarantine) == 0}
	var qy []string
	var qd []any
	for i := len(m.Quarantine) - 1; i >= 0; i-- {
		q := m.Quarantine[i]
		qy = append(qy, q.Source+" · "+q.Field)
		qd = append(qd, q.Rows)
	}
	qb := kit.NewBar(p.T("dq_quarantine")).Horizontal(qy, opts.XAxis{Name: p.T("baris"), MinInterval: 1}, kit.EveryLabel())
	qb.Add(p.T("baris"), qd, kit.Color(kit.Palette[5]))
	qch := p.Chart(p.T("dq_quarantine"), qb, len(qd) == 0)
	qch.Height = max(260, 100+26*len(qy))
	qt := p.Table(key, "karantina", p.T("dq_quarantine"), p.Col("sumber", "source"), p.Col("kolom", "field"), p.Col("alasan", "reason"), p.Col("baris", "rows"))
	for _, q := range m.Quarantine {
		qt.Add(kit.TextCell(q.Source), kit.TextCell(q.Field), kit.Cell{Text: quarantineReason(lang, q.Reason), Raw: q.Reason}, kit.StatCell(lang, kit.Stat{Value: float64(q.Rows), Valid: true}, 0))
	}
	qs.Blocks = []kit.Block{{Chart: qch, Table: qt}}
	p.Sections = append(p.Sections, qs)
	p.Sections = append(p.Sections, indicatorConflictSection(p, key, s.w.Conflicts))

	// Coverage.
	cs := kit.Section{ID: "cakupan", Title: p.T("dq_coverage"), Note: p.T("dq_coverage_note"), Empty: len(m.Coverage) == 0}
	var cx []string
	var cv []kit.Stat
	for _, c := range m.Coverage {
		cx = append(cx, c.Period.Periode)
		cv = append(cv, c.Cakupan)
	}
	line := kit.NewLine(p.T("dq_coverage")).Categories(cx, opts.YAxis{Max: 100, Name: "%"})
	line.Add(p.T("cakupan"), kit.StatData(cv, 1), kit.Line(kit.Palette[2], 3, "", true))
	cch := p.Chart(p.T("dq_coverage"), line, len(cx) == 0)
	ct := p.Table(key, "cakupan", p.T("dq_coverage"), p.Col("periode"), p.Col("pegawai"), p.Col("pegawai_dinilai"), p.Col("cakupan", "cakupan_persen"))
	for _, c := range m.Coverage {
		ct.Add(kit.TextCell(c.Period.Periode), kit.StatCell(lang, c.Pegawai, 0), kit.StatCell(lang, c.Dinilai, 0), kit.StatCell(lang, c.Cakupan, 1))
	}
	cs.Blocks = []kit.Block{{Chart: cch, Table: ct}}
	p.Sections = append(p.Sections, cs)
	return p
}
