package dashboards

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/dashboards/internal/dashtest"
)

// Issue 11.7: kualitas.html lists the appraisals the transform set aside,
// per reason and region, in the page's language, with a CSV; no NIP of
// theirs reaches the site.
func TestQualityPageListsSetAsideAppraisals(t *testing.T) {
	t.Parallel()
	_, out, _ := buildSite(t)
	for _, c := range []struct {
		page string
		want []string
		not  string
	}{
		{"kualitas.html", []string{"Penilaian yang disisihkan", "NIP tidak ada di berkas pegawai mana pun", "Tidak diketahui",
			"penugasan pegawai baru dimulai setelah periode berakhir", "Kota Dumai", "Disisihkan"}, "NIP not in any employees file"},
		{"en/kualitas.html", []string{"Appraisals set aside", "NIP not in any employees file", "Unknown",
			"assignment starts after the period", "Kota Dumai", "Set aside"}, "NIP tidak ada"},
	} {
		html := dashtest.ReadFile(t, filepath.Join(out, c.page))
		sec := html[strings.Index(html, `id="disisihkan"`)+1:]
		if i := strings.Index(html, `id="disisihkan"`); i < 0 || strings.Index(html, `id="karantina"`) > i || strings.Index(html, `id="cakupan"`) < i {
			t.Errorf("%s: the set-aside section is missing or not between quarantine and coverage", c.page)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(html, w) {
				t.Errorf("%s lacks %q", c.page, w)
			}
		}
		if strings.Contains(sec, c.not) {
			t.Errorf("%s shows the other language's %q", c.page, c.not)
		}
	}
	csv := dashtest.ReadFile(t, filepath.Join(out, "data", "kualitas_disisihkan.csv"))
	if want := "alasan,kode_wilayah,nama_wilayah,baris\nnip_tidak_dikenal,,,2\npenugasan_setelah_periode,14.72,Kota Dumai,1\n"; csv != want {
		t.Errorf("kualitas_disisihkan.csv:\n%s\nwant\n%s", csv, want)
	}
	filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if b, _ := os.ReadFile(p); strings.Contains(string(b), dashtest.SetAsideNIP) {
			t.Errorf("%s shows the NIP of a set-aside appraisal", p)
		}
		return nil
	})
}
