package summary

import (
	"fmt"
	"strconv"
	"strings"
)

// A condition of the rules file (when: and [if ...: ] in a template):
//
//	cond    = and { "or" and }
//	and     = term { "and" term }
//	term    = [ "not" ] name
//	        | name "is" [ "not" ] "null"
//	        | operand op operand
//	operand = name | number | 'text'
//	op      = "=" | "!=" | "<" | "<=" | ">" | ">="
//
// A name is a column of mart.summary_facts or the page's halaman. As in
// SQL, a comparison with a NULL side is false, and so are "name" and
// "not name" when name is NULL.
type cond interface {
	eval(f *Fact, page string) bool
}

type anyOf []cond
type allOf []cond

func (c anyOf) eval(f *Fact, page string) bool {
	for _, x := range c {
		if x.eval(f, page) {
			return true
		}
	}
	return false
}

func (c allOf) eval(f *Fact, page string) bool {
	for _, x := range c {
		if !x.eval(f, page) {
			return false
		}
	}
	return true
}

type isBool struct {
	col func(*Fact, string) value
	not bool
}

func (c isBool) eval(f *Fact, page string) bool {
	v := c.col(f, page)
	if v.kind != 'b' {
		return false
	}
	return v.b != c.not
}

type isNull struct {
	col func(*Fact, string) value
	not bool
}

func (c isNull) eval(f *Fact, page string) bool { return (c.col(f, page).kind == 0) != c.not }

type operand struct {
	col func(*Fact, string) value // nil: lit
	lit value
}

func (o operand) get(f *Fact, page string) value {
	if o.col != nil {
		return o.col(f, page)
	}
	return o.lit
}

type compare struct {
	l, r operand
	op   string
}

func (c compare) eval(f *Fact, page string) bool {
	a, b := c.l.get(f, page), c.r.get(f, page)
	if a.kind == 0 || b.kind == 0 || a.kind != b.kind {
		return false
	}
	var d int
	switch a.kind {
	case 'n':
		switch {
		case a.num < b.num:
			d = -1
		case a.num > b.num:
			d = 1
		}
	case 's':
		d = strings.Compare(a.str, b.str)
	case 'b':
		if a.b != b.b {
			d = 1
		}
	}
	switch c.op {
	case "=":
		return d == 0
	case "!=":
		return d != 0
	case "<":
		return d < 0
	case "<=":
		return d <= 0
	case ">":
		return d > 0
	case ">=":
		return d >= 0
	}
	return false
}

// parseCond parses a condition; every name must be a known column.
func parseCond(s string) (cond, error) {
	toks, err := tokenize(s)
	if err != nil {
		return nil, err
	}
	p := &condParser{toks: toks}
	c, err := p.or()
	if err != nil {
		return nil, fmt.Errorf("condition %q: %w", s, err)
	}
	if p.i < len(p.toks) {
		return nil, fmt.Errorf("condition %q: unexpected %q", s, p.toks[p.i].s)
	}
	return c, nil
}

type token struct {
	kind byte // 'w' word, 'n' number, 's' text, 'o' operator
	s    string
}

func tokenize(s string) ([]token, error) {
	var out []token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			i++
		case c == '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return nil, fmt.Errorf("condition %q: unterminated text", s)
			}
			out = append(out, token{'s', s[i+1 : i+1+j]})
			i += j + 2
		case c >= '0' && c <= '9' || c == '-' || c == '.':
			j := i + 1
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
				j++
			}
			out = append(out, token{'n', s[i:j]})
			i = j
		case c >= 'a' && c <= 'z' || c == '_':
			j := i + 1
			for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= '0' && s[j] <= '9' || s[j] == '_') {
				j++
			}
			out = append(out, token{'w', s[i:j]})
			i = j
		case strings.ContainsRune("=!<>", rune(c)):
			j := i + 1
			if j < len(s) && (s[j] == '=' || c == '<' && s[j] == '>') {
				j++
			}
			op := s[i:j]
			if op == "!" || op == "==" {
				return nil, fmt.Errorf("condition %q: unknown operator %q", s, op)
			}
			out = append(out, token{'o', op})
			i = j
		default:
			return nil, fmt.Errorf("condition %q: unexpected %q", s, string(c))
		}
	}
	return out, nil
}

type condParser struct {
	toks []token
	i    int
}

func (p *condParser) peekWord(w string) bool {
	return p.i < len(p.toks) && p.toks[p.i].kind == 'w' && p.toks[p.i].s == w
}

func (p *condParser) or() (cond, error) {
	var out anyOf
	for {
		c, err := p.and()
		if err != nil {
			return nil, err
		}
		out = append(out, c)
		if !p.peekWord("or") {
			break
		}
		p.i++
	}
	if len(out) == 1 {
		return out[0], nil
	}
	return out, nil
}

func (p *condParser) and() (cond, error) {
	var out allOf
	for {
		c, err := p.term()
		if err != nil {
			return nil, err
		}
		out = append(out, c)
		if !p.peekWord("and") {
			break
		}
		p.i++
	}
	if len(out) == 1 {
		return out[0], nil
	}
	return out, nil
}

var keywords = map[string]bool{"and": true, "or": true, "not": true, "is": true, "null": true, "true": true, "false": true}

func (p *condParser) term() (cond, error) {
	if p.peekWord("not") {
		p.i++
		if p.i >= len(p.toks) || p.toks[p.i].kind != 'w' || keywords[p.toks[p.i].s] {
			return nil, fmt.Errorf("a name must follow not")
		}
		col, err := column(p.toks[p.i].s)
		if err != nil {
			return nil, err
		}
		p.i++
		return isBool{col: col, not: true}, nil
	}
	l, err := p.operand()
	if err != nil {
		return nil, err
	}
	if p.peekWord("is") {
		p.i++
		not := p.peekWord("not")
		if not {
			p.i++
		}
		if !p.peekWord("null") || l.col == nil {
			return nil, fmt.Errorf("expected name is [not] null")
		}
		p.i++
		return isNull{col: l.col, not: not}, nil
	}
	if p.i >= len(p.toks) || p.toks[p.i].kind != 'o' {
		if l.col == nil {
			return nil, fmt.Errorf("a literal alone is no condition")
		}
		return isBool{col: l.col}, nil
	}
	op := p.toks[p.i].s
	if op == "<>" {
		op = "!="
	}
	p.i++
	r, err := p.operand()
	if err != nil {
		return nil, err
	}
	return compare{l: l, r: r, op: op}, nil
}

func (p *condParser) operand() (operand, error) {
	if p.i >= len(p.toks) {
		return operand{}, fmt.Errorf("unexpected end")
	}
	t := p.toks[p.i]
	p.i++
	switch t.kind {
	case 'n':
		v, err := strconv.ParseFloat(t.s, 64)
		if err != nil {
			return operand{}, fmt.Errorf("bad number %q", t.s)
		}
		return operand{lit: value{kind: 'n', num: v}}, nil
	case 's':
		return operand{lit: text(t.s)}, nil
	case 'w':
		switch t.s {
		case "true", "false":
			return operand{lit: value{kind: 'b', b: t.s == "true"}}, nil
		}
		if keywords[t.s] {
			return operand{}, fmt.Errorf("unexpected %q", t.s)
		}
		col, err := column(t.s)
		if err != nil {
			return operand{}, err
		}
		return operand{col: col}, nil
	}
	return operand{}, fmt.Errorf("unexpected %q", t.s)
}
