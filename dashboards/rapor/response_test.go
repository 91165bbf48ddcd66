package rapor

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/demogen"
	"kinerja/marts/martstest"
)

// TestRaporShowsOwnResponse (issue 13 point 11): the rapor shows the
// person's own response to each official appraisal and how an objection
// ended, from mart.appraisal_response, in both languages. The person is one
// whose objection was granted in one period and who agreed in another.
func TestRaporShowsOwnResponse(t *testing.T) {
	ctx := context.Background()
	db := martstest.Shared(t, demogen.Options{Seed: 7, Employees: 200}).Open(t).DB
	var nip, granted, agreed string
	if err := db.QueryRow(`
		SELECT k.nip, k.periode, s.periode FROM mart.appraisal_response k
		JOIN mart.appraisal_response s ON s.nip = k.nip AND s.tanggapan = 'setuju'
		WHERE k.hasil_keberatan = 'diterima'
		ORDER BY k.nip, k.tanggal_mulai, s.tanggal_mulai LIMIT 1`).Scan(&nip, &granted, &agreed); err != nil {
		t.Fatal(err)
	}
	m, err := loadRapor(ctx, db, nip)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][2]string{}
	for _, p := range m.Periods {
		got[p.Periode] = [2]string{p.Tanggapan, p.HasilKeberatan}
	}
	if got[granted] != [2]string{"keberatan", "diterima"} || got[agreed] != [2]string{"setuju", ""} {
		t.Errorf("model: %s %v, %s %v; want keberatan/diterima and setuju", granted, got[granted], agreed, got[agreed])
	}
	out := t.TempDir()
	if _, err := Rapor(ctx, db, RaporOptions{NIP: nip, Out: out}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ file, objected, granted, agreed string }{
		{"index.html", "<td>Keberatan</td>", "<td>Diterima</td>", "<td>Setuju</td>"},
		{"en/index.html", "<td>Objected</td>", "<td>Granted</td>", "<td>Agreed</td>"},
	} {
		b, err := os.ReadFile(filepath.Join(out, c.file))
		if err != nil {
			t.Fatal(err)
		}
		row := tableRow(string(b), granted)
		if !strings.Contains(row, c.objected) || !strings.Contains(row, c.granted) {
			t.Errorf("%s: the row of %s does not show %s %s: %s", c.file, granted, c.objected, c.granted, row)
		}
		if row := tableRow(string(b), agreed); !strings.Contains(row, c.agreed) {
			t.Errorf("%s: the row of %s does not show %s: %s", c.file, agreed, c.agreed, row)
		}
	}
}

// tableRow is the first table row of page whose first cell is periode.
func tableRow(page, periode string) string {
	i := strings.Index(page, "<tr><td>"+periode+"</td>")
	if i < 0 {
		i = strings.Index(page, ">"+periode+"</td>")
		if i < 0 {
			return ""
		}
	}
	j := strings.Index(page[i:], "</tr>")
	return page[i : i+j]
}
