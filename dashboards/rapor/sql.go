package rapor

import (
	"embed"

	"kinerja/dashboards/kit"
)

//go:embed sql/*.sql
var sqlFS embed.FS

// sqlText is one of the rapor's queries (sql/<name>.sql), embedded.
var sqlText = kit.Queries(sqlFS, "rapor")
