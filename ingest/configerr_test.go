package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Issue 11.9: config errors name the line and the key in the user's words.
func TestConfigErrorsInTheUsersWords(t *testing.T) {
	t.Parallel()
	cases := []struct{ yaml, want string }{
		{"sources:\n  - name: a\n    kind: appraisals\n    path: a.csv\n    delimeter: ';'\n",
			"unknown key `delimeter` on line 5; did you mean `delimiter`?"},
		{"warehouse:\n  threads: dua\nsources:\n  - name: a\n    kind: appraisals\n    path: a.csv\n",
			"line 2: `threads` must be a whole number, not the text `dua`"},
		{"sources:\n  - name: a\n    kind: appraisals\n    path: a.csv\n    zero_is_value: kadang\n",
			"line 5: `zero_is_value` must be true or false, not the text `kadang`"},
		{"sources:\n  - name: a\n    kind: appraisals\n    url: http://127.0.0.1/x\n    timeout: lama\n",
			"line 5: `timeout` must be a duration such as 30s or 2m, not the text `lama`"},
		{"", "the file is empty; it needs at least a sources: list"},
		{"sources:\n  - name: a\n\tkind: x\n", "not valid YAML: found a tab character"},
		{"sumber:\n  - name: a\n", "unknown key `sumber` on line 1; the keys here are"},
	}
	for _, c := range cases {
		p := filepath.Join(t.TempDir(), "kinerja.yaml")
		os.WriteFile(p, []byte(c.yaml), 0o644)
		_, err := LoadConfig(p)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q:\n got  %v\n want …%s…", c.yaml, err, c.want)
		}
		if err != nil && (strings.Contains(err.Error(), "ingest.") || strings.Contains(err.Error(), "!!")) {
			t.Errorf("%q: Go or YAML internals in %q", c.yaml, err)
		}
	}
}
