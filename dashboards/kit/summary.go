package kit

// Summary is the written summary at the top of a region or unit page
// (issue 13, point 7): sentences from the rules of dashboards/summary,
// never free text.
type Summary struct {
	Title     string   // "Ringkasan · 2025-Q4"
	Sentences []string // 3-6, or none (Empty is shown)
	Note      string   // how the sentences are made
	Empty     string   // shown when no fact made a sentence
}

func init() {
	addLabels(map[string][2]string{
		"ringkasan": {"Ringkasan", "Summary"},
		"ringkasan_note": {"Ditulis otomatis dari mart.summary_facts menurut aturan ringkasan (docs/DASHBOARDS.md). IK\u00a095\u00a0% = interval kepercayaan 95\u00a0%. Angka kelompok kurang dari 5 orang tidak disebut.",
			"Written automatically from mart.summary_facts by the summary rules (docs/DASHBOARDS.md). 95\u00a0% CI = 95\u00a0% confidence interval. Figures of groups of fewer than 5 people are not given."},
		"ringkasan_kosong": {"Belum ada angka yang cukup untuk diringkas.", "Not enough figures yet for a summary."},
	})
}
