package kit

import (
	"time"
)

// Period identifies one reporting period of a mart row.
type Period struct {
	Periode string
	Jenis   string
	Mulai   time.Time
}

func (p *Period) Dests() []any { return []any{&p.Periode, &p.Jenis, &p.Mulai} }

func Cat(a []any, b ...any) []any { return append(a, b...) }
