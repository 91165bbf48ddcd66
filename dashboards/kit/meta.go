package kit

import _ "embed"

// MetaSQL is the query behind every page's footer (the site's and the
// rapor's): when the warehouse's data were loaded and how many source
// batches are in force.
//
//go:embed sql/meta.sql
var MetaSQL string
