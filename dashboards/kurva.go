package dashboards

import (
	"database/sql"
	"regexp"
	"slices"
	"strings"

	"github.com/go-echarts/go-echarts/v2/opts"

	"kinerja/dashboards/kit"
)

// KurvaUnit is one unit's distribution check in one period.
type KurvaUnit struct {
	Kode, Nama, Rating, Aturan string
	Period                     kit.Period
	Pegawai                    kit.Stat
	Shares                     [5]kit.Stat
	Sesuai                     sql.NullBool
	Alasan                     string // with withheld figures masked (safeAlasan)
}

var (
	clausePct   = regexp.MustCompile(`^([a-z_/+ ]+?) ([0-9]+(?:\.[0-9]+)?) % (.*)$`)
	clauseCount = regexp.MustCompile(`^([a-z_]+) \(([0-9]+)\) (.*)$`)
)

// safeAlasan rewrites the mart's reasons so that no figure the marts
// withhold shows (mask: mart.suppression's, pegawai_dinilai first, then
// the five predikat): a unit whose pegawai_dinilai is a group of 1-4 gives
// "<5"; a clause's share or count of a withheld predikat (of either, for
// 'butuh_perbaikan + kurang') is written as that predikat's figure is in
// the table: "<5", or the linked mark of a pelindung ('sangat_baik 13.0 %
// > 10 %' of 23 people is 3 people; 'butuh_perbaikan + kurang 30.0 %'
// beside a shown Kurang gives a withheld Butuh Perbaikan back).
func safeAlasan(alasan string, mask [6]kit.Mask) string {
	if alasan == "" {
		return ""
	}
	if mask[0] == kit.MaskSmall {
		return "<5"
	}
	// withheld is the mark of the predikat named in codes, "" when shown.
	withheld := func(codes string) string {
		m := kit.Shown
		for _, c := range strings.Split(codes, " + ") {
			if i := slices.Index(predikatKeys[:], "pred_"+c); i >= 0 && mask[1+i] != kit.Shown {
				if m != kit.MaskSmall {
					m = mask[1+i]
				}
			} else if i < 0 {
				m = kit.MaskSmall // a clause of unknown predikat: withhold
			}
		}
		if m == kit.Shown {
			return ""
		}
		return m.Apply(kit.Stat{}).Text(kit.LangID, 0)
	}
	var out []string
	for _, c := range strings.Split(alasan, "; ") {
		if m := clausePct.FindStringSubmatch(c); m != nil {
			if w := withheld(m[1]); w != "" {
				c = m[1] + " " + w + " " + m[3]
			}
		} else if m := clauseCount.FindStringSubmatch(c); m != nil {
			if w := withheld(m[1]); w != "" {
				c = m[1] + " (" + w + ") " + m[3]
			}
		}
		out = append(out, c)
	}
	return strings.Join(out, "; ")
}

func (s *site) kurvaByPeriod(region string) ([]kit.Period, map[string][]KurvaUnit) {
	rows := kit.Preferred(s.kurvaByRegion[region], func(r kurvaRow) kit.Period { return r.Period })
	by := map[string][]KurvaUnit{}
	for _, r := range rows {
		pt := predikatPoint(r.Period, r.Pegawai, r.Predikat)
		by[r.Periode] = append(by[r.Periode], KurvaUnit{Kode: r.Unit, Nama: s.unitName(r.Unit), Rating: r.Rating, Aturan: r.Aturan,
			Period: r.Period, Pegawai: pt.Pegawai, Shares: pt.Shares, Sesuai: r.Sesuai, Alasan: safeAlasan(r.Alasan, r.Predikat.Mask)})
	}
	return kit.PeriodsOf(rows, func(r kurvaRow) kit.Period { return r.Period }), by
}

func kurvaSection(p *kit.Page, key string, periods []kit.Period, by map[string][]KurvaUnit) kit.Section {
	var keys []string
	for i := len(periods) - 1; i >= 0; i-- {
		keys = append(keys, periods[i].Periode)
	}
	def := ""
	if len(keys) > 0 {
		def = keys[0]
	}
	return kurvaPeriodSection(p, key, kit.PeriodSpec{Keys: keys, Def: def}, func(k string) (*kit.Period, []KurvaUnit) {
		for i := range periods {
			if periods[i].Periode == k {
				return &periods[i], by[k]
			}
		}
		return nil, nil
	})
}

// kurvaPeriodSection: each unit's predikat shares in a period against the
// kurva distribusi of its rating_organisasi.
func kurvaPeriodSection(p *kit.Page, key string, ps kit.PeriodSpec, get func(k string) (*kit.Period, []KurvaUnit)) kit.Section {
	_, none := get("")
	sec := kit.Section{ID: "kurva", Title: p.T("sec_kurva"), Note: p.T("sec_kurva_note"), Empty: len(ps.Keys) == 0 && len(none) == 0}
	ch := p.PeriodChart(ps, p.T("sec_kurva"), func(k string) (*kit.Option, bool) {
		kp, units := get(k)
		ys := make([]string, 0, len(units))
		for i := len(units) - 1; i >= 0; i-- {
			mark := "✓ "
			if units[i].Sesuai.Valid && !units[i].Sesuai.Bool {
				mark = "✗ "
			} else if !units[i].Sesuai.Valid {
				mark = "? "
			}
			ys = append(ys, mark+units[i].Nama)
		}
		o := kit.NewBar(p.T("sec_kurva")+" · "+at(kp, k)).Horizontal(ys, opts.XAxis{Max: 100, Name: "%"}, kit.LongLabels())
		for j, pk := range predikatKeys {
			d := make([]any, 0, len(units))
			for i := len(units) - 1; i >= 0; i-- {
				d = append(d, units[i].Shares[j].Chart(1))
			}
			o.Add(p.T(pk), d, kit.Stack("kurva"), kit.Color(kit.PredikatColors[j]))
		}
		return o, len(units) == 0
	})
	n := len(none)
	for _, k := range ps.Keys {
		_, u := get(k)
		n = max(n, len(u))
	}
	ch.Height = max(320, 110+26*n)
	cols := []kit.Column{p.Col("unit", "kode_unit"), p.Col("unit", "nama_unit"), p.Col("rating_org", "rating_organisasi"), p.Col("pegawai_dinilai")}
	for _, pk := range predikatKeys {
		cols = append(cols, kit.Column{Key: "persen_" + strings.TrimPrefix(pk, "pred_"), Label: "% " + p.T(pk)})
	}
	cols = append(cols, p.Col("sesuai"), p.Col("alasan"))
	t := p.PeriodTable(ps, key, "kurva", func(k string) string {
		kp, _ := get(k)
		return p.T("sec_kurva") + " · " + at(kp, k)
	}, cols, func(k string, t *kit.Table) {
		_, units := get(k)
		for _, u := range units {
			row := []kit.Cell{kit.TextCell(u.Kode), kit.LinkCell(u.Nama, p.UnitHref(u.Kode)), kit.CodeCell(p.Lang, "ro_", u.Rating), kit.StatCell(p.Lang, u.Pegawai, 0)}
			for _, sh := range u.Shares {
				row = append(row, kit.StatCell(p.Lang, sh, 1))
			}
			ses := kit.Cell{Text: "–"}
			if u.Sesuai.Valid {
				ses = kit.Cell{Text: p.T("tidak"), Raw: "false"}
				if u.Sesuai.Bool {
					ses = kit.Cell{Text: p.T("ya"), Raw: "true"}
				}
			}
			row = append(row, ses, kit.Cell{Text: kurvaReason(p.Lang, u.Alasan, u.Shares), Raw: u.Alasan})
			t.Add(row...)
		}
	})
	sec.Blocks = []kit.Block{{Chart: ch, Table: t}}
	return sec
}
