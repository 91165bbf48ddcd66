package ingest

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// Config errors in the user's words (issue 11.9): the line and the key as
// written in kinerja.yaml, what the key expects, and the nearest known key for
// a misspelt one, never Go type names or a bare EOF.

var (
	reUnknownKey = regexp.MustCompile(`^line (\d+): field (\S+) not found in type (\S+)$`)
	reBadValue   = regexp.MustCompile("^line (\\d+): cannot unmarshal !!(\\w+) (?:`([^`]*)` )?into (\\S+)$")
	reSyntax     = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
)

// configTypes maps the Go type names yaml.v3 reports to the types, for the
// keys they accept.
var configTypes = map[string]reflect.Type{
	"ingest.Config":          reflect.TypeOf(Config{}),
	"ingest.SourceConfig":    reflect.TypeOf(SourceConfig{}),
	"ingest.PagingConfig":    reflect.TypeOf(PagingConfig{}),
	"ingest.WatermarkConfig": reflect.TypeOf(WatermarkConfig{}),
}

// explainConfigError rewrites a yaml.v3 decoding error of the pipeline file
// at path (whose text is b).
func explainConfigError(path string, b []byte, err error) error {
	if errors.Is(err, io.EOF) {
		return fmt.Errorf("%s: the file is empty; it needs at least a sources: list (see docs/INGEST.md)", path)
	}
	if m := reSyntax.FindStringSubmatch(err.Error()); m != nil {
		return fmt.Errorf("%s line %s: not valid YAML: %s (check the indentation, spaces not tabs, and a space after each colon)", path, m[1], m[2])
	}
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		return fmt.Errorf("%s: %w", path, err)
	}
	var doc yaml.Node
	_ = yaml.Unmarshal(b, &doc)
	var msgs []string
	for _, e := range te.Errors {
		msgs = append(msgs, explainOne(e, &doc))
	}
	return fmt.Errorf("%s: %s", path, strings.Join(msgs, "; "))
}

func explainOne(e string, doc *yaml.Node) string {
	if m := reUnknownKey.FindStringSubmatch(e); m != nil {
		msg := fmt.Sprintf("unknown key `%s` on line %s", m[2], m[1])
		if t, ok := configTypes[m[3]]; ok {
			keys := yamlKeys(t)
			if near := nearest(m[2], keys); near != "" {
				return msg + fmt.Sprintf("; did you mean `%s`?", near)
			}
			return msg + "; the keys here are " + strings.Join(keys, ", ")
		}
		return msg
	}
	if m := reBadValue.FindStringSubmatch(e); m != nil {
		key := keyOnLine(doc, m[1])
		what := map[string]string{"int": "a whole number", "bool": "true or false", "string": "a text",
			"time.Duration": "a duration such as 30s or 2m", "map[string]string": "a list of `name: value` lines",
			"[]ingest.SourceConfig": "a list of sources, each starting with `- name:`"}[m[4]]
		if what == "" {
			what = "another kind of value"
		}
		got := map[string]string{"str": "the text", "int": "the number", "seq": "a list", "map": "a block of keys",
			"bool": "the value", "float": "the number"}[m[2]]
		if got == "" {
			got = "the value"
		}
		if m[3] != "" {
			got += " `" + m[3] + "`"
		}
		if key != "" {
			return fmt.Sprintf("line %s: `%s` must be %s, not %s", m[1], key, what, got)
		}
		return fmt.Sprintf("line %s: %s is expected here, not %s", m[1], what, got)
	}
	return e
}

// yamlKeys lists the keys a config struct accepts.
func yamlKeys(t reflect.Type) []string {
	var keys []string
	for i := 0; i < t.NumField(); i++ {
		if k, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ","); k != "" && k != "-" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

// nearest is the known key closest to a misspelt one (at most 2 edits, or
// one that contains it), "" when none is close.
func nearest(s string, keys []string) string {
	best, bestD := "", 3
	for _, k := range keys {
		if d := editDistance(strings.ToLower(s), k); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// keyOnLine finds the innermost key whose value starts on a line of the
// document.
func keyOnLine(n *yaml.Node, line string) string {
	if n == nil {
		return ""
	}
	for _, c := range n.Content {
		if k := keyOnLine(c, line); k != "" {
			return k
		}
	}
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if fmt.Sprint(n.Content[i+1].Line) == line {
				return n.Content[i].Value
			}
		}
	}
	return ""
}
