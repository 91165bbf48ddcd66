package kit

import (
	"context"
	"database/sql"
	_ "embed"
	"fmt"
	"io/fs"
	"strings"
)

// Queries is the text of a package's embedded queries, fsys's
// sql/<name>.sql, and MetaSQL for "meta"; owner names the package in the
// panic of a missing one (a programming error: the names are its own).
func Queries(fsys fs.FS, owner string) func(name string) string {
	return func(name string) string {
		if name == "meta" {
			return MetaSQL
		}
		b, err := fs.ReadFile(fsys, "sql/"+name+".sql")
		if err != nil {
			panic(owner + ": missing embedded query " + name)
		}
		return string(b)
	}
}

// MetaSQL is the query behind every page's footer (the site's and the
// rapor's): when the warehouse's data were loaded, how many source batches
// are in force and the kinds of source they hold.
//
//go:embed sql/meta.sql
var MetaSQL string

// Meta is what a page's footer says about the warehouse.
type Meta struct {
	DataPer string   // when the newest batch in force was loaded ("" with none)
	Batches int64    // source batches in force
	Kinds   []string // their kinds (employees, appraisals, ...), sorted
}

// LoadMeta reads the footer's facts (MetaSQL).
func LoadMeta(ctx context.Context, db *sql.DB) (Meta, error) { return LoadMetaFrom(ctx, db, MetaSQL) }

// LoadMetaFrom is LoadMeta running text (MetaSQL or a test's rewrite of
// it), its columns bound by name.
func LoadMetaFrom(ctx context.Context, db *sql.DB, text string) (Meta, error) {
	var m Meta
	var kinds string
	rows, err := db.QueryContext(ctx, text)
	if err != nil {
		return m, fmt.Errorf("query meta: %w", err)
	}
	defer rows.Close()
	if err := ScanRows("meta", rows, Cols{"data_per": &m.DataPer, "batches": &m.Batches, "kinds": &kinds}, func() error { return nil }); err != nil {
		return m, err
	}
	if kinds != "" {
		m.Kinds = strings.Split(kinds, ",")
	}
	return m, nil
}

// Sources is the footer's list of data sources in lang: the labels of the
// kinds of source loaded, e.g. "Pegawai, Penilaian kinerja".
func (p *Page) Sources() string {
	labels := make([]string, len(p.SourceKinds))
	for i, k := range p.SourceKinds {
		labels[i] = SourceKindLabel(p.Lang, k)
	}
	return strings.Join(labels, ", ")
}
