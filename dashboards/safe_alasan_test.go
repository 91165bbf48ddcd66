package dashboards

import (
	"testing"

	"kinerja/dashboards/kit"
)

// safeAlasan writes every figure of the kurva distribusi reasons that the
// marts withhold as the table beside it does: a share or count of a
// predikat withheld as 1-4 people "<5" (the combined butuh_perbaikan +
// kurang clause included: 8.7 % of 23 people, i.e. 2, showed once), one
// withheld to protect another (pelindung) "×" (30 % Butuh Perbaikan +
// Kurang beside a shown Kurang gave the withheld Butuh Perbaikan back).
func TestSafeAlasanMasksWithheldFigures(t *testing.T) {
	t.Parallel()
	mask := func(i int, m kit.Mask) (out [6]kit.Mask) {
		out[i] = m
		return out
	}
	const sb, bp = 1, 3 // indexes of Mask: pegawai_dinilai, then the five predikat
	for _, c := range []struct {
		alasan string
		mask   [6]kit.Mask
		want   string
	}{
		{"sangat_baik 13.0 % > 10 %", mask(sb, kit.MaskSmall), "sangat_baik <5 > 10 %"},
		{"butuh_perbaikan + kurang 8.7 % < 10 %", mask(bp, kit.MaskSmall), "butuh_perbaikan + kurang <5 < 10 %"},
		{"butuh_perbaikan + kurang 4.3 % < 10 %", [6]kit.Mask{}, "butuh_perbaikan + kurang 4.3 % < 10 %"},
		{"sangat_baik (3) is not the largest group", mask(sb, kit.MaskSmall), "sangat_baik (<5) is not the largest group"},
		{"baik 81.3 % > 70 %", mask(0, kit.MaskSmall), "<5"},
		{"butuh_perbaikan + kurang 30.0 % < 40 %", mask(bp, kit.MaskLinked), "butuh_perbaikan + kurang × < 40 %"},
		{"sangat_baik (12) is not the largest group; baik 75.0 % > 70 %", mask(sb, kit.MaskLinked),
			"sangat_baik (×) is not the largest group; baik 75.0 % > 70 %"},
		{"sangat_baik 85.0 % > 70 %; no butuh_perbaikan or kurang", mask(sb, kit.MaskLinked),
			"sangat_baik × > 70 %; no butuh_perbaikan or kurang"},
	} {
		if got := safeAlasan(c.alasan, c.mask); got != c.want {
			t.Errorf("safeAlasan(%q, %v) = %q, want %q", c.alasan, c.mask, got, c.want)
		}
	}
	if got := kurvaReason(kit.LangID, "butuh_perbaikan + kurang × < 40 %", [5]kit.Stat{}); got != "Butuh Perbaikan + Kurang/Misconduct × kurang dari minimum 40 %" {
		t.Errorf("kurvaReason of a pelindung: %q", got)
	}
}
