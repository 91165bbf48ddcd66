package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Issue 11.7: a transform with an appraisal whose NIP no employees file
// knows and one whose person is assigned only after the period publishes,
// says how many rows it set aside and why, and kinerja quarantine shows them
// beside ingest's quarantine (--set-aside lists them).
func TestTransformSetsAsideOrphanAppraisals(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	w := filepath.Join(dir, "w.duckdb")
	files := map[string][2]string{
		"regions": {"wilayah.csv", "kode_wilayah,nama,tingkat,kode_induk\n14,Riau,provinsi,\n14.72,Kota Dumai,kabkota,14\n"},
		"units":   {"unit.csv", "kode_unit,nama_unit,kode_wilayah\nA,Dinas A,14.72\n"},
		"employees": {"pegawai.csv", "nip,nama,kode_unit,berlaku_mulai\n" +
			"198001012005011001,Satu,A,2020-01-01\n198001012005011002,Dua,A,2020-01-01\n" +
			"199501012020011001,Baru,A,2026-02-01\n"},
		"appraisals": {"penilaian.csv", "nip,periode,hasil_kerja,perilaku_kerja\n" +
			"198001012005011001,2025,sesuai,sesuai\n" +
			"198501012010011999,2025,sesuai,sesuai\n" + // line 3: in no employees file
			"198001012005011002,2025,di_atas,sesuai\n" +
			"199501012020011001,2025,sesuai,sesuai\n" + // line 5: assigned only from 2026-02-01
			"198001012005011002,2025-Q1,sesuai,\n"}, // line 6: quarantined by ingest
	}
	for _, kind := range []string{"regions", "units", "employees", "appraisals"} {
		p := filepath.Join(dir, files[kind][0])
		if err := os.WriteFile(p, []byte(files[kind][1]), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, _, err := runCLI(t, "-w", w, "ingest", "--kind", kind, p); err != nil {
			t.Fatalf("ingest %s: %v", kind, err)
		}
	}
	out, _, err := runCLI(t, "-w", w, "transform")
	if err != nil {
		t.Fatalf("transform: %v\n%s", err, out)
	}
	for _, want := range []string{
		", 1 warned\n",
		"  WARN  test/relasi_appraisal_penugasan: 2 offending row(s) (severity error above 10 rows and 0.5% of stg.appraisals_since('{{year}}'))\n",
		"2 appraisal rows set aside: 1 NIP not in any employees file, 1 assignment starts after the period (kinerja quarantine --set-aside)\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("transform output lacks %q:\n%s", want, out)
		}
	}

	out, _, err = runCLI(t, "-w", w, "quarantine")
	if err != nil {
		t.Fatal(err)
	}
	ingestPart, setAsidePart, found := strings.Cut(out, "set aside by the transform")
	if !found || !strings.Contains(ingestPart, "1 quarantined row(s)") ||
		!strings.Contains(setAsidePart, "penilaian.csv\n") ||
		!strings.Contains(setAsidePart, "       1 × NIP not in any employees file (nip_tidak_dikenal)\n") ||
		!strings.Contains(setAsidePart, "       1 × assignment starts after the period (penugasan_setelah_periode)\n") ||
		!strings.Contains(setAsidePart, "2 appraisal row(s) set aside; kinerja quarantine --set-aside lists them\n") {
		t.Errorf("quarantine:\n%s", out)
	}

	out, _, err = runCLI(t, "-w", w, "quarantine", "--set-aside")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"penilaian.csv  line 3: NIP not in any employees file\n    nip 198501012010011999  periode 2025  sumber atasan\n",
		"penilaian.csv  line 5: assignment starts after the period\n    nip 199501012020011001  periode 2025  sumber atasan  first assignment from 2026-02-01\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("quarantine --set-aside lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "quarantined row") {
		t.Errorf("quarantine --set-aside shows ingest's quarantine too:\n%s", out)
	}
}
