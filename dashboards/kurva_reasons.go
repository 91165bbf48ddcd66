package dashboards

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"kinerja/dashboards/kit"
)

// mart.distribution_compliance writes the clauses of the kurva distribusi a
// unit breaks as codes and figures ('baik 81.3 % > 70 %', 'sangat_baik (12)
// is not the largest group', 'no butuh_perbaikan or kurang'; safeAlasan
// masks small shares as '<5'). kurvaReason writes them as sentences in the
// page's language, a share as the table beside it shows it (the mart rounds
// 81.25 up, the table to even); the CSV keeps the mart's text.

var kurvaReasonLabels = map[string][2]string{
	"kr_not_largest": {"%s (%s orang) bukan kelompok terbesar", "%s (%s people) is not the largest group"},
	"kr_above":       {"%s %s melebihi batas %s %%", "%s %s is above the maximum of %s %%"},
	"kr_below":       {"%s %s kurang dari minimum %s %%", "%s %s is below the minimum of %s %%"},
	"kr_none":        {"tidak ada %s atau %s", "no one rated %s or %s"},
	"kr_few":         {"(<5 orang)", "(<5 people)"},
}

func init() {
	for k, v := range kurvaReasonLabels {
		kit.Labels[k] = v
	}
}

var (
	kurvaNotLargest = regexp.MustCompile(`^([a-z_]+) \((<5|×|[0-9]+)\) is not the largest group$`)
	kurvaShare      = regexp.MustCompile(`^([a-z_]+(?: \+ [a-z_]+)?) (<5|×|[0-9]+(?:\.[0-9]+)?)(?: %)? ([<>]) ([0-9]+) %$`)
	kurvaNone       = regexp.MustCompile(`^no ([a-z_]+) or ([a-z_]+)$`)
)

// kurvaReason is alasan (the mart's clauses, joined by "; ") in lang, with
// shares the unit's shares of the five predikat; a clause of another form
// is kept as it is.
func kurvaReason(lang, alasan string, shares [5]kit.Stat) string {
	if alasan == "" || alasan == "<5" {
		return alasan
	}
	clauses := strings.Split(alasan, "; ")
	for i, c := range clauses {
		clauses[i] = kurvaClause(lang, c, shares)
	}
	s := strings.Join(clauses, "; ")
	return strings.ToUpper(s[:1]) + s[1:]
}

func kurvaClause(lang, c string, shares [5]kit.Stat) string {
	pred := func(codes string) string {
		parts := strings.Split(codes, " + ")
		for i, p := range parts {
			parts[i] = kit.TrOr(lang, "pred_"+p, kit.Humanize(p))
		}
		return strings.Join(parts, " + ")
	}
	if m := kurvaNotLargest.FindStringSubmatch(c); m != nil {
		return kit.Tf(lang, "kr_not_largest", pred(m[1]), m[2])
	}
	if m := kurvaShare.FindStringSubmatch(c); m != nil {
		share := kit.Tr(lang, "kr_few")
		if m[2] == "×" {
			share = m[2] // withheld to protect another figure (pelindung)
		} else if m[2] != "<5" {
			v, _ := strconv.ParseFloat(m[2], 64)
			share = kit.FmtNum(lang, v, 1) + " %"
			if i := slices.Index(predikatKeys[:], "pred_"+m[1]); i >= 0 && shares[i].Shown() {
				share = shares[i].Text(lang, 1) + " %"
			}
		}
		key := "kr_above"
		if m[3] == "<" {
			key = "kr_below"
		}
		return kit.Tf(lang, key, pred(m[1]), share, m[4])
	}
	if m := kurvaNone.FindStringSubmatch(c); m != nil {
		return kit.Tf(lang, "kr_none", pred(m[1]), pred(m[2]))
	}
	return c
}
