package kit

import (
	"math"
)

// Arah is whether up is good for a measure, in CONTRACT.md's words (the
// arah of an indicator; mart.service_alert's arah for backlog and
// persen_tepat_waktu): naik = higher is better, turun = lower is better,
// "" = neither (the number of people appraised, the share rated Sangat Baik,
// which the kurva distribusi caps): its arrow is not coloured.
const (
	ArahNaik  = "naik"
	ArahTurun = "turun"
)

// Change formats the change d (shown with dec decimals) and gives the CSS
// classes of its headline arrow: "up" or "down", with "good" or "bad" by
// arah; a change that rounds to zero at dec decimals is "tetap" /
// "unchanged", class "same", without an arrow.
func Change(lang string, d float64, dec int, arah string) (text, trend string) {
	if math.Round(d*math.Pow(10, float64(dec))) == 0 {
		return Tr(lang, "tetap"), "same"
	}
	up := d > 0
	text, trend = FmtNum(lang, d, dec), "down"
	if up {
		text, trend = "+"+text, "up"
	}
	switch {
	case arah == "":
	case up == (arah == ArahNaik):
		trend += " good"
	default:
		trend += " bad"
	}
	return text, trend
}

func init() { addLabels(trendLabels) }

var trendLabels = map[string][2]string{
	"tetap":              {"tetap", "unchanged"},
	"reason_tepat_turun": {"tepat waktu turun", "on-time share falling"},
	"alert_rule": {"Aturan peringatan layanan: backlog atau % tepat waktu berubah ke arah yang buruk melebihi 2 × simpangan baku " +
		"perubahan unit itu sendiri (dari sedikitnya 4 perubahan sebelumnya) dan sedikitnya 10 per 100 permohonan, pada periode " +
		"dengan sedikitnya 30 permohonan; atau kurang dari 50 % tepat waktu.",
		"Service alert rule: backlog or % on time changed in the bad direction by more than 2 × the standard deviation of the " +
			"unit's own earlier changes (at least 4 of them) and by at least 10 per 100 requests, in periods of at least 30 " +
			"requests; or under 50 % on time."},
}
