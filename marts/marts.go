// Package marts holds the mart models: one table in schema mart per question a
// user asks, each defined in an embedded .sql file under sql/ whose header
// comment documents its grain and columns. They run after the core models
// (transform.Run).
package marts

import (
	"embed"

	"kinerja/transform"
)

//go:embed sql/*.sql sql/tests/*.sql
var sqlFS embed.FS

// Models returns the mart models in run order, followed by the marts' data
// tests (sql/tests/*.sql), which transform.Run runs after every model.
func Models() []transform.Model {
	m, err := transform.ModelsFrom(sqlFS, "sql", "sql/tests")
	if err != nil {
		panic(err)
	}
	for i := range m {
		if !m[i].Test {
			m[i].Name = "mart/" + m[i].Name
		}
	}
	return m
}

// Tests returns only the marts' data tests.
func Tests() []transform.Model {
	var out []transform.Model
	for _, m := range Models() {
		if m.Test {
			out = append(out, m)
		}
	}
	return out
}
