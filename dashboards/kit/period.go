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
