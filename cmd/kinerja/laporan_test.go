package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"kinerja/dashboards/browsercheck"
	"kinerja/demogen"
	"kinerja/marts/martstest"
)

// pdfTool finds a poppler tool (pdftotext, pdfinfo): the test reads the PDF
// as a reader's viewer would. Missing, the test skips, or fails where the
// browser tests must run (KINERJA_REQUIRE_CHROMIUM=1, as in CI, which
// installs poppler-utils).
func pdfTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("KINERJA_REQUIRE_CHROMIUM") == "1" {
			t.Fatalf("no %s (Debian: poppler-utils) and KINERJA_REQUIRE_CHROMIUM=1", name)
		}
		t.Skipf("no %s (Debian: poppler-utils)", name)
	}
	return p
}

func pdfText(t *testing.T, pdf string, args ...string) string {
	t.Helper()
	out, err := exec.Command(pdfTool(t, "pdftotext"), append(append([]string{"-layout"}, args...), pdf, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", pdf, err)
	}
	return string(out)
}

func TestLaporanWithoutChromium(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.duckdb")
	out := filepath.Join(dir, "x.pdf")
	_, stderr, err := runBin(t, []string{"KINERJA_CHROMIUM=" + filepath.Join(dir, "no-chromium")}, "-w", missing, "laporan", "--wilayah", "14.72", "--out", out)
	if err == nil || !strings.Contains(stderr, "needs Chromium") || !strings.Contains(stderr, "apt-get install chromium") || !strings.Contains(stderr, "KINERJA_CHROMIUM") {
		t.Fatalf("without Chromium: %v\n%s", err, stderr)
	}
	for _, p := range []string{missing, out} {
		if _, err := os.Stat(p); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s was written without Chromium", p)
		}
	}
	if _, stderr, err := runBin(t, nil, "-w", missing, "laporan", "--out", out); err == nil || !strings.Contains(stderr, "wilayah") {
		t.Errorf("no --wilayah: %v\n%s", err, stderr)
	}
}

// kinerja laporan prints Kota Dumai's page to an A4 PDF that opens and holds
// the page's figures (equal to the marts), its footer on every sheet, the
// data sources, and no NIP; an unknown region is an error naming the known.
func TestLaporanPrintsTheRegionPage(t *testing.T) {
	if _, ok := browsercheck.ChromiumPath(); !ok {
		if os.Getenv("KINERJA_REQUIRE_CHROMIUM") == "1" {
			t.Fatal("no Chromium found and KINERJA_REQUIRE_CHROMIUM=1")
		}
		t.Skip("no Chromium")
	}
	t.Parallel()
	dir := t.TempDir()
	db, _ := martstest.Demo(t, dir, demogen.Options{Seed: 3, Employees: 300})
	var dinilai int
	var latest string
	if err := db.QueryRow(`SELECT pegawai_dinilai, periode FROM mart.region_summary
		WHERE kode_wilayah = '14.72' AND jenis_periode = 'triwulan' ORDER BY tanggal_mulai DESC LIMIT 1`).Scan(&dinilai, &latest); err != nil {
		t.Fatal(err)
	}
	var nips []string
	rows, err := db.Query(`SELECT nip FROM core.dim_employee`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var n string
		rows.Scan(&n)
		nips = append(nips, n)
	}
	rows.Close()
	wh := db.Path
	db.Close()

	pdf := filepath.Join(dir, "laporan.pdf")
	stdout, errOut, err := runCLI(t, "-w", wh, "laporan", "--wilayah", "1472", "--out", pdf)
	if err != nil {
		t.Fatalf("%v\n%s%s", err, stdout, errOut)
	}
	if !strings.Contains(stdout, "Kota Dumai (14.72)") || !strings.Contains(stdout, pdf) {
		t.Errorf("stdout: %q", stdout)
	}
	info, err := exec.Command(pdfTool(t, "pdfinfo"), pdf).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	if !regexp.MustCompile(`Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)`).Match(info) {
		t.Errorf("not A4:\n%s", info)
	}
	m := regexp.MustCompile(`Pages:\s+(\d+)`).FindSubmatch(info)
	sheets := 0
	if m != nil {
		sheets, _ = strconv.Atoi(string(m[1]))
	}
	if sheets < 3 || !strings.Contains(stdout, strconv.Itoa(sheets)+" A4 pages") {
		t.Errorf("%d sheets; stdout %q", sheets, stdout)
	}

	// Summary first (issue 13 point 9): the written summary, then the
	// headline figures, on the first sheet; the sections follow.
	first := pdfText(t, pdf, "-f", "1", "-l", "1")
	for _, want := range []string{"Kota Dumai", "14.72 · Riau", "Ringkasan · " + latest, "Median waktu layanan KTP-el", "Pegawai dinilai", strconv.Itoa(dinilai), latest} {
		if !strings.Contains(first, want) {
			t.Errorf("the first sheet lacks %q:\n%s", want, first)
		}
	}
	all := pdfText(t, pdf)
	if !strings.Contains(all, "Distribusi predikat per periode") {
		t.Error("the report lacks the predikat section")
	}
	for i := 1; i <= sheets; i++ {
		if !strings.Contains(all, "halaman "+strconv.Itoa(i)+"/"+strconv.Itoa(sheets)) {
			t.Errorf("no footer \"halaman %d/%d\"", i, sheets)
		}
	}
	for _, want := range []string{"kinerja · Kota Dumai (14.72) · Data per", "dicetak", "Sumber data:", "Penilaian kinerja", "Permohonan layanan"} {
		if !strings.Contains(all, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	for _, leftOut := range []string{"Cetak / PDF", "Beranda"} { // the button and the navigation are not printed
		if strings.Contains(all, leftOut) {
			t.Errorf("the printed report shows %q", leftOut)
		}
	}
	flat := strings.Join(strings.Fields(all), "")
	for _, n := range nips {
		if strings.Contains(flat, n) {
			t.Fatalf("the report holds NIP %s", n)
		}
	}

	// English, and a region that is not in the warehouse.
	pdfEN := filepath.Join(dir, "report-en.pdf")
	if _, errOut, err := runCLI(t, "-w", wh, "laporan", "--wilayah", "14.72", "--out", pdfEN, "--lang", "en"); err != nil {
		t.Fatalf("--lang en: %v\n%s", err, errOut)
	}
	en := pdfText(t, pdfEN)
	for _, want := range []string{"Kota Dumai", "Data sources:", "printed", "page 1/"} {
		if !strings.Contains(en, want) {
			t.Errorf("the English report lacks %q", want)
		}
	}
	for _, id := range []string{"dicetak", "halaman", "Sumber data"} {
		if strings.Contains(en, id) {
			t.Errorf("the English report shows %q", id)
		}
	}
	gone := filepath.Join(dir, "none.pdf")
	if _, _, err := runCLI(t, "-w", wh, "laporan", "--wilayah", "99.99", "--out", gone); err == nil || !strings.Contains(err.Error(), `no region "99.99"`) || !strings.Contains(err.Error(), "14.72") {
		t.Errorf("unknown region: %v", err)
	}
	if _, err := os.Stat(gone); !errors.Is(err, os.ErrNotExist) {
		t.Error("a PDF was written for an unknown region")
	}
}
