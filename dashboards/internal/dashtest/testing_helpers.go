package dashtest

import (
	"archive/zip"
	"bytes"
	"context"
	"database/sql"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// OpenTemp is the fixture warehouse (Open) at dir/wh.duckdb in a new
// temporary dir, closed when the test ends; the test fails when it cannot
// be made.
func OpenTemp(t testing.TB) (db *sql.DB, dir string) {
	t.Helper()
	dir = t.TempDir()
	db, err := Open(context.Background(), filepath.Join(dir, "wh.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, dir
}

// ReadFile is the text of the file at path; the test fails when it cannot
// be read.
func ReadFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// WalkFiles calls f with the path below root (with slashes) and the text
// of every file under root. A workbook's (.xlsx, a zip) text is its parts'
// without the names of their XML namespaces (identifiers, never fetched),
// so that a scan for NIPs or links reads what it holds.
func WalkFiles(t testing.TB, root string, f func(rel, text string)) {
	t.Helper()
	err := filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if strings.HasSuffix(p, ".xlsx") {
			f(filepath.ToSlash(rel), OOXMLNamespace.ReplaceAllString(XLSXText(t, p), ""))
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		f(filepath.ToSlash(rel), string(b))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// Query runs q on db; the test fails on an error.
func Query(t testing.TB, db *sql.DB, q string, args ...any) *sql.Rows {
	t.Helper()
	rows, err := db.Query(q, args...)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// QueryMap runs q, whose rows are (key, value), and returns them as a map.
func QueryMap[K comparable, V any](t testing.TB, db *sql.DB, q string, args ...any) map[K]V {
	t.Helper()
	rows := Query(t, db, q, args...)
	defer rows.Close()
	out := map[K]V{}
	for rows.Next() {
		var k K
		var v V
		if err := rows.Scan(&k, &v); err != nil {
			t.Fatal(err)
		}
		out[k] = v
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// XLSXText is the text of every part of the workbook at path (a zip).
func XLSXText(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var all strings.Builder
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		part, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		all.Write(part)
	}
	return all.String()
}

// OOXMLNamespace is the name of an XML namespace of a workbook's parts.
var OOXMLNamespace = regexp.MustCompile(`http://schemas\.openxmlformats\.org/[A-Za-z0-9/.-]*`)
