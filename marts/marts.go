// Package marts holds the mart models: one table in schema mart per question a
// user asks, each defined in an embedded .sql file under sql/ whose header
// comment documents its grain and columns. They run after the core models,
// in the same transaction (transform.Run).
package marts

import (
	"embed"

	"kinerja/transform"
)

//go:embed sql/*.sql
var sqlFS embed.FS

// Models returns the mart models in run order.
func Models() []transform.Model {
	m, err := transform.ModelsFrom(sqlFS, "sql")
	if err != nil {
		panic(err)
	}
	for i := range m {
		m[i].Name = "mart/" + m[i].Name
	}
	return m
}
