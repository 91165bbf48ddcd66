package dashboards_test

import (
	"encoding/csv"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestTrainingShortfallNotRecoverable (issue 12, point 3, secondary
// suppression): wherever a table withholds the number of people under
// 20 JP ("<5" in pegawai_kurang_20_jp or persen_kurang_20_jp), the JP
// shortfall total beside it must be withheld too. Every person under 20 JP
// is short by more than 0 and at most 20 JP, so a shown total T bounds the
// withheld count from below by ceil(T/20): a total over 60 gives "<5" away
// as exactly 4, and any shown total is a figure about fewer than 5 people.
// The check reads the written CSVs (the tables' twins), every page.
func TestTrainingShortfallNotRecoverable(t *testing.T) {
	d := sharedDemo(t)
	checked, leaks, recovered := 0, 0, 0
	var first []string
	err := filepath.WalkDir(filepath.Join(d.out, "data"), func(path string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, ".csv") {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		rows, err := csv.NewReader(f).ReadAll()
		if err != nil || len(rows) == 0 {
			return err
		}
		idx := map[string]int{}
		for i, h := range rows[0] {
			idx[h] = i
		}
		kjp, ok := idx["total_kekurangan_jp"]
		if !ok {
			return nil
		}
		var counts []int
		for _, c := range []string{"pegawai_kurang_20_jp", "persen_kurang_20_jp"} {
			if i, ok := idx[c]; ok {
				counts = append(counts, i)
			}
		}
		for _, r := range rows[1:] {
			masked := false
			for _, i := range counts {
				masked = masked || r[i] == "<5"
			}
			if !masked {
				continue
			}
			checked++
			v, err := strconv.ParseFloat(r[kjp], 64)
			if err != nil {
				continue // withheld ("<5", "×") or empty
			}
			leaks++
			if math.Ceil(v/20) >= 4 {
				recovered++
			}
			if len(first) < 5 {
				first = append(first, filepath.Base(path)+": "+strings.Join(r, ","))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked == 0 {
		t.Fatal("no row withholds the people under 20 JP: the test checks nothing")
	}
	if leaks > 0 {
		t.Errorf("%d of %d rows with a withheld count under 20 JP show the JP shortfall beside it (%d give the count away as 4), e.g.\n%s",
			leaks, checked, recovered, strings.Join(first, "\n"))
	}
	t.Logf("%d rows withhold the count under 20 JP", checked)
}
