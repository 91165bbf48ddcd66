package rapor

import (
	"embed"

	"kinerja/dashboards/kit"
)

//go:embed sql/*.sql
var sqlFS embed.FS

// sqlText is one of the rapor's queries (sql/<name>.sql), embedded.
func sqlText(name string) string {
	if name == "meta" {
		return kit.MetaSQL
	}
	b, err := sqlFS.ReadFile("sql/" + name + ".sql")
	if err != nil {
		panic("rapor: missing embedded query " + name)
	}
	return string(b)
}
