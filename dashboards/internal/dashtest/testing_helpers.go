package dashtest

import (
	"database/sql"
	"os"
	"path/filepath"
	"testing"
)

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
// of every file under root.
func WalkFiles(t testing.TB, root string, f func(rel, text string)) {
	t.Helper()
	err := filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
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
