// Command kindiff checks that a change to the models builds the same
// warehouse: it compares two warehouses table by table, and can run the
// whole check (the same raw layer transformed by two kinerja binaries).
//
//	kindiff compare [-schemas core,mart,stg] [-views] [-ignore s.t,...] [-show 5] A.duckdb B.duckdb
//
// compares every table of the schemas (and their views with -views) of the
// two warehouses: the same relations, the same columns and types, the same
// row count, and both A EXCEPT ALL B and B EXCEPT ALL A empty (a multiset
// comparison: order does not matter, repeated rows do). A table that
// differs exactly is compared again with its floating columns (DOUBLE,
// FLOAT) rounded to -round decimals (9), and the report says so: rounding
// is only ever tried, and named, where it was needed. The exit status is 1
// when anything differs.
//
//	kindiff resend -w WAREHOUSE -out DIR
//
// writes re-sent batches of appraisals and Dukcapil requests from the
// warehouse's raw layer (sql/resend.sql: keys sent again with other values,
// again within one file, and once more in a later batch) and a kinerja.yaml
// listing them, so that the staging de-duplication has work to do.
//
//	kindiff run -old bin/kinerja-main -new bin/kinerja -data DIR -work DIR [-repeat 2]
//
// is the whole check: ingest DIR/kinerja.yaml once (with -old), write and
// ingest the re-sent batches, copy that warehouse for each binary, run
// transform -v with -old then -new on its own copy, compare them, and print
// each model's seconds for both (-repeat N runs the pair N times on fresh
// copies, back to back; the first pair is compared). The data must contain
// what the change touches: the demo (kinerja generate --out DIR) and a
// national shape (kinerja generate --scale 250000 --regions ...) both have
// moves between units and every file kind.
package main

import (
	"embed"
	"flag"
	"fmt"
	"os"
	"strings"

	_ "github.com/duckdb/duckdb-go/v2"
)

//go:embed sql/*.sql
var sqlFiles embed.FS

func sqlText(name string, vars ...string) string {
	b, err := sqlFiles.ReadFile("sql/" + name + ".sql")
	if err != nil {
		panic(err)
	}
	return strings.NewReplacer(vars...).Replace(string(b))
}

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	var err error
	differs := false
	switch os.Args[1] {
	case "compare":
		fs := flag.NewFlagSet("compare", flag.ExitOnError)
		o := compareFlags(fs)
		fs.Parse(os.Args[2:])
		if fs.NArg() != 2 {
			usage()
		}
		differs, err = compareWarehouses(os.Stdout, fs.Arg(0), fs.Arg(1), *o)
	case "resend":
		fs := flag.NewFlagSet("resend", flag.ExitOnError)
		wh := fs.String("w", "", "warehouse whose raw layer is re-sent")
		out := fs.String("out", "", "directory for the files and their kinerja.yaml")
		fs.Parse(os.Args[2:])
		if *wh == "" || *out == "" {
			usage()
		}
		err = resend(*wh, *out)
	case "run":
		fs := flag.NewFlagSet("run", flag.ExitOnError)
		o := compareFlags(fs)
		oldBin := fs.String("old", "", "kinerja binary built from the reference (e.g. main)")
		newBin := fs.String("new", "", "kinerja binary built from the change")
		data := fs.String("data", "", "directory with a kinerja.yaml (kinerja generate --out)")
		work := fs.String("work", "", "work directory (warehouses, logs)")
		repeat := fs.Int("repeat", 1, "run both transforms this many times, back to back, for their model times")
		fs.Parse(os.Args[2:])
		if *oldBin == "" || *newBin == "" || *data == "" || *work == "" {
			usage()
		}
		differs, err = run(*oldBin, *newBin, *data, *work, *repeat, *o)
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "kindiff:", err)
		os.Exit(2)
	}
	if differs {
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, `usage:
  kindiff compare [-schemas core,mart,stg] [-views] [-ignore s.t,...] [-round 9] [-show 5] A.duckdb B.duckdb
  kindiff resend -w WAREHOUSE -out DIR
  kindiff run -old BIN -new BIN -data DIR -work DIR [-repeat N] [compare flags]`)
	os.Exit(2)
}

type compareOpts struct {
	schemas string // comma-separated
	ignore  string // comma-separated schema.name, left out (a model added or removed on purpose)
	views   bool
	round   int
	show    int
}

func compareFlags(fs *flag.FlagSet) *compareOpts {
	o := &compareOpts{}
	fs.StringVar(&o.schemas, "schemas", "core,mart,stg", "schemas compared, comma-separated")
	fs.StringVar(&o.ignore, "ignore", "", "relations (schema.name, comma-separated) left out: added or removed on purpose")
	fs.BoolVar(&o.views, "views", false, "compare the views of the schemas too (each run on its own warehouse)")
	fs.IntVar(&o.round, "round", 9, "decimals of floating columns in the second, rounded comparison")
	fs.IntVar(&o.show, "show", 5, "rows shown of each side of a difference")
	return o
}
