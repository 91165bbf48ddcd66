//go:build !duckdb_arrow

package dashboards

// The dashboards read the large marts through DuckDB's Arrow interface, which
// github.com/duckdb/duckdb-go/v2 compiles only with the duckdb_arrow build tag.
// Build and test through make (it sets GOFLAGS), or pass -tags=duckdb_arrow;
// without it the compiler stops here with this name:
var _ = build_with_tags_duckdb_arrow_or_use_make
