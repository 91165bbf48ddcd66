package summary

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"kinerja/dashboards/kit"
)

// A sentence template of the rules file:
//
//	{name}          a column, formatted for the page's language: a number
//	                with up to 2 decimals (an integer column with none),
//	                subjek and satuan by their labels, jenis_periode as a word
//	{name:1}        a number with exactly 1 decimal
//	{name:abs:0}    its absolute value
//	{name:jenis}    a count with the fact's kind of period: "7 triwulan",
//	                "7 quarters"
//	{subjek:lower}  the label with its first letter in lower case, unless
//	                it begins an abbreviation (KTP-el, KIA) or is a name
//	                (Kartu Keluarga)
//	[ ... ]         an optional part: left out when a column it shows is NULL
//	[if cond: ... ] a part shown only when cond holds (and nothing it
//	                shows is NULL); parts nest
//
// A NULL column outside any optional part leaves the fact without a
// sentence: a sentence never shows a figure the mart withheld.
type tmpl []node

type node interface {
	render(r *renderer) (string, bool)
}

type textNode string

func (t textNode) render(*renderer) (string, bool) { return string(t), true }

type placeholder struct {
	name     string
	col      func(*Fact, string) value
	dec      int // -1: the default
	abs      bool
	perJenis bool
	lower    bool
}

type optional struct {
	when cond // nil: always
	body tmpl
}

// renderer holds what one sentence is rendered for.
type renderer struct {
	f     *Fact
	page  string
	lang  string
	names *Names
}

func (t tmpl) render(r *renderer) (string, bool) {
	var b strings.Builder
	for _, n := range t {
		s, ok := n.render(r)
		if !ok {
			return "", false
		}
		b.WriteString(s)
	}
	return b.String(), true
}

func (o optional) render(r *renderer) (string, bool) {
	if o.when != nil && !o.when.eval(r.f, r.page) {
		return "", true
	}
	s, ok := o.body.render(r)
	if !ok {
		return "", true
	}
	return s, true
}

func (p placeholder) render(r *renderer) (string, bool) {
	v := p.col(r.f, r.page)
	switch v.kind {
	case 0:
		return "", false
	case 's':
		switch p.name {
		case "subjek":
			if p.lower {
				return lowerFirst(r.names.subject(r.f, r.lang)), true
			}
			return r.names.subject(r.f, r.lang), true
		case "satuan":
			return r.names.word("satuan", v.str, r.lang), true
		case "jenis_periode":
			return r.names.word("jenis_periode", v.str, r.lang), true
		}
		return v.str, true
	case 'b':
		return strconv.FormatBool(v.b), true
	}
	x := v.num
	if p.abs {
		x = math.Abs(x)
	}
	if p.perJenis {
		n := int64(math.Round(x))
		word := r.names.word("jenis_periode", r.f.JenisPeriode, r.lang)
		if r.lang == kit.LangEN && n != 1 {
			word += "s"
		}
		return kit.FmtNum(r.lang, float64(n), 0) + " " + word, true
	}
	if p.dec >= 0 {
		return kit.FmtNum(r.lang, x, p.dec), true
	}
	if v.isInt {
		return kit.FmtNum(r.lang, math.Round(x), 0), true
	}
	// Up to two decimals, trailing zeros dropped: 30, 2,5, 2,97.
	s := kit.FmtNum(r.lang, x, 2)
	sep := "."
	if r.lang == kit.LangID {
		sep = ","
	}
	if i := strings.LastIndex(s, sep); i >= 0 && !strings.Contains(s[i+1:], "e") {
		s = strings.TrimRight(s, "0")
		s = strings.TrimSuffix(s, sep)
	}
	return s, true
}

// parseTemplate parses a sentence template; every name must be a known column.
func parseTemplate(s string) (tmpl, error) {
	t, rest, err := parseSeq(s, false)
	if err != nil {
		return nil, fmt.Errorf("template %q: %w", s, err)
	}
	if rest != "" {
		return nil, fmt.Errorf("template %q: unmatched ]", s)
	}
	return t, nil
}

// parseSeq parses up to the end of s or, inside an optional part, its ].
func parseSeq(s string, inner bool) (tmpl, string, error) {
	var out tmpl
	var text strings.Builder
	flush := func() {
		if text.Len() > 0 {
			out = append(out, textNode(text.String()))
			text.Reset()
		}
	}
	for len(s) > 0 {
		switch s[0] {
		case '{':
			end := strings.IndexByte(s, '}')
			if end < 0 {
				return nil, "", fmt.Errorf("unterminated {")
			}
			ph, err := parsePlaceholder(s[1:end])
			if err != nil {
				return nil, "", err
			}
			flush()
			out = append(out, ph)
			s = s[end+1:]
		case '[':
			flush()
			body := s[1:]
			var when cond
			if strings.HasPrefix(body, "if ") {
				colon := strings.IndexByte(body, ':')
				if colon < 0 {
					return nil, "", fmt.Errorf("[if without :")
				}
				c, err := parseCond(body[3:colon])
				if err != nil {
					return nil, "", err
				}
				when = c
				body = strings.TrimPrefix(body[colon+1:], " ")
			}
			seq, rest, err := parseSeq(body, true)
			if err != nil {
				return nil, "", err
			}
			if !strings.HasPrefix(rest, "]") {
				return nil, "", fmt.Errorf("unterminated [")
			}
			out = append(out, optional{when: when, body: seq})
			s = rest[1:]
		case ']':
			if !inner {
				return nil, "", fmt.Errorf("unmatched ]")
			}
			flush()
			return out, s, nil
		case '}':
			return nil, "", fmt.Errorf("unmatched }")
		default:
			text.WriteByte(s[0])
			s = s[1:]
		}
	}
	flush()
	if inner {
		return out, "", nil // the caller reports the missing ]
	}
	return out, "", nil
}

func parsePlaceholder(s string) (placeholder, error) {
	parts := strings.Split(s, ":")
	col, err := column(parts[0])
	if err != nil {
		return placeholder{}, err
	}
	p := placeholder{name: parts[0], col: col, dec: -1}
	for _, m := range parts[1:] {
		switch {
		case m == "abs":
			p.abs = true
		case m == "jenis":
			p.perJenis = true
		case m == "lower" && parts[0] == "subjek":
			p.lower = true
		case len(m) == 1 && m[0] >= '0' && m[0] <= '9':
			p.dec = int(m[0] - '0')
		default:
			return placeholder{}, fmt.Errorf("{%s}: unknown format %q", s, m)
		}
	}
	return p, nil
}

// lowerFirst lower-cases the first letter of s unless the second is upper
// case too (an abbreviation: KTP-el, KIA) or another word starts with a
// capital (a name: Kartu Keluarga).
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsUpper(r) {
		return s
	}
	if r2, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(r2) {
		return s
	}
	for _, w := range strings.Fields(s)[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return s
		}
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// tidy puts a rendered sentence right: single spaces, none before , ; . )
// or after (, the first letter upper case, a full stop at the end, and a
// no-break space before % (and in "IK 95").
func tidy(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for _, p := range []string{",", ";", ".", ")", ":"} {
		s = strings.ReplaceAll(s, " "+p, p)
	}
	s = strings.ReplaceAll(s, "( ", "(")
	s = strings.ReplaceAll(s, ";.", ".")
	s = strings.ReplaceAll(s, ",.", ".")
	if r, n := utf8.DecodeRuneInString(s); n > 0 && unicode.IsLower(r) {
		s = string(unicode.ToUpper(r)) + s[n:]
	}
	if s != "" && !strings.HasSuffix(s, ".") {
		s += "."
	}
	// A number and its % (and "IK 95") are never split over two lines.
	s = strings.ReplaceAll(s, " %", "\u00a0%")
	s = strings.ReplaceAll(s, "IK 95", "IK\u00a095")
	return s
}
