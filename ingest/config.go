package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Config is a pipeline file (kinerja.yaml).
type Config struct {
	Warehouse struct {
		Path        string `yaml:"path"`
		MemoryLimit string `yaml:"memory_limit"`
		Threads     int    `yaml:"threads"`
		TempDir     string `yaml:"temp_directory"`
	} `yaml:"warehouse"`
	Site struct {
		Out   string `yaml:"out"`
		Title string `yaml:"title"`
	} `yaml:"site"`
	Sources []SourceConfig `yaml:"sources"`

	dir string // the config file's directory; relative paths start here
}

// SourceConfig is one entry of sources: in kinerja.yaml (see docs/INGEST.md
// for the reference). A source has either path: (a file or a glob) or url:
// (an HTTP JSON API).
type SourceConfig struct {
	Name        string            `yaml:"name"`
	Kind        string            `yaml:"kind"`
	Path        string            `yaml:"path"`
	Format      string            `yaml:"format"`
	Sheet       string            `yaml:"sheet"`
	HeaderRow   int               `yaml:"header_row"`
	Delimiter   string            `yaml:"delimiter"`
	Encoding    string            `yaml:"encoding"`
	ZeroIsValue bool              `yaml:"zero_is_value"`
	Mapping     map[string]string `yaml:"mapping"`
	Fixed       map[string]string `yaml:"fixed"`

	URL       string          `yaml:"url"`
	Records   string          `yaml:"records"`
	Paging    PagingConfig    `yaml:"paging"`
	TokenEnv  string          `yaml:"token_env"`
	Watermark WatermarkConfig `yaml:"watermark"`
	Retries   int             `yaml:"retries"`
	Backoff   time.Duration   `yaml:"backoff"`
	Timeout   time.Duration   `yaml:"timeout"`
}

// PagingConfig is paging: of an HTTP source.
type PagingConfig struct {
	Type        string `yaml:"type"`         // none | page | offset | next
	Param       string `yaml:"param"`        // page: the page number parameter (page)
	SizeParam   string `yaml:"size_param"`   // page/offset: the page size parameter (per_page / limit)
	Size        int    `yaml:"size"`         // records per page (100)
	Start       int    `yaml:"start"`        // page: the first page number (1)
	OffsetParam string `yaml:"offset_param"` // offset: the offset parameter (offset)
	NextField   string `yaml:"next_field"`   // next: the body field with the next URL (next)
}

// WatermarkConfig is watermark: of an HTTP source.
type WatermarkConfig struct {
	Param string `yaml:"param"` // query parameter sent with the last watermark
	Field string `yaml:"field"` // record field whose greatest value is the next watermark
}

// LoadConfig reads and checks a pipeline file.
func LoadConfig(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var c Config
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		return nil, explainConfigError(path, b, err)
	}
	c.dir = filepath.Dir(path)
	if len(c.Sources) == 0 {
		return nil, fmt.Errorf("%s: no sources", path)
	}
	seen := map[string]bool{}
	for i, s := range c.Sources {
		where := fmt.Sprintf("%s: sources[%d]", path, i)
		if s.Name == "" {
			return nil, fmt.Errorf("%s: name is required", where)
		}
		if seen[s.Name] {
			return nil, fmt.Errorf("%s: source name %q is used twice", where, s.Name)
		}
		seen[s.Name] = true
		if _, err := LookupKind(s.Kind); err != nil {
			return nil, fmt.Errorf("%s (%s): %w", where, s.Name, err)
		}
		if err := s.check(); err != nil {
			return nil, fmt.Errorf("%s (%s): %w", where, s.Name, err)
		}
	}
	return &c, nil
}

// Resolve turns a path of the config into one relative to the working
// directory.
func (c *Config) Resolve(p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(c.dir, p)
}

func (s SourceConfig) check() error {
	switch {
	case s.Path == "" && s.URL == "":
		return errors.New("path or url is required")
	case s.Path != "" && s.URL != "":
		return errors.New("give path or url, not both")
	}
	if s.Format != "" {
		if _, err := Format("", s.Format); err != nil {
			return err
		}
	}
	if s.URL != "" {
		u, err := url.Parse(s.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("url %q is not an http(s) URL", s.URL)
		}
		if _, hasPassword := u.User.Password(); hasPassword {
			return errors.New("url carries a password: put the token in an environment variable and name it in token_env")
		}
		switch s.Paging.Type {
		case "", "none", "page", "offset", "next":
		default:
			return fmt.Errorf("paging type %q: none, page, offset or next", s.Paging.Type)
		}
		if (s.Watermark.Param == "") != (s.Watermark.Field == "") {
			return errors.New("watermark needs both param and field")
		}
	} else if s.Paging.Type != "" || s.TokenEnv != "" || s.Watermark.Param != "" {
		return errors.New("paging, token_env and watermark are for url sources")
	}
	return nil
}

// source builds the ingest Source of a config entry for one file (or the URL).
func (s SourceConfig) source(name, path string) Source {
	src := Source{Name: name, Kind: s.Kind, Path: path, Format: s.Format, Sheet: s.Sheet, HeaderRow: s.HeaderRow,
		Delimiter: s.Delimiter, Encoding: s.Encoding, ZeroIsValue: s.ZeroIsValue, Mapping: s.Mapping, Fixed: s.Fixed,
		Records: s.Records}
	if s.URL != "" {
		src.Records = "" // the HTTP pull takes the records out of each page
		src.Path = s.URL
		src.HTTP = &HTTPSource{URL: s.URL, Records: s.Records, Paging: s.Paging.Type, PageParam: s.Paging.Param,
			SizeParam: s.Paging.SizeParam, PageSize: s.Paging.Size, FirstPage: s.Paging.Start, OffsetParam: s.Paging.OffsetParam,
			NextField: s.Paging.NextField, TokenEnv: s.TokenEnv, WatermarkParam: s.Watermark.Param,
			WatermarkField: s.Watermark.Field, Retries: s.Retries, Backoff: s.Backoff, Timeout: s.Timeout}
	}
	return src
}

// Files expands each source's path (a file or a glob) into Sources, one per
// file, in a stable order; a url source is one Source.
func (c *Config) Files() ([]Source, error) {
	var out []Source
	for _, s := range c.Sources {
		srcs, err := c.expand(s)
		if err != nil {
			return nil, err
		}
		out = append(out, srcs...)
	}
	return out, nil
}

func (c *Config) expand(s SourceConfig) ([]Source, error) {
	if s.URL != "" {
		return []Source{s.source(s.Name, "")}, nil
	}
	pattern := c.Resolve(s.Path)
	matches, err := filepath.Glob(pattern)
	if err != nil {
		return nil, fmt.Errorf("source %s: bad path pattern %q: %w", s.Name, s.Path, err)
	}
	if len(matches) == 0 {
		return nil, fmt.Errorf("source %s: no file matches %s", s.Name, pattern)
	}
	sort.Strings(matches)
	if strings.ContainsAny(pattern, "*?[") {
		base := globBase(pattern)
		for _, m := range matches {
			if !within(base, m) {
				return nil, fmt.Errorf("source %s: %s matched %s, which a symlink leads outside %s; name the file itself to load it", s.Name, s.Path, m, base)
			}
		}
	}
	var out []Source
	for _, m := range matches {
		name := s.Name
		if len(matches) > 1 || strings.ContainsAny(s.Path, "*?[") {
			name = s.Name + "/" + filepath.Base(m)
		}
		out = append(out, s.source(name, m))
	}
	return out, nil
}

// ExpandPaths expands command-line paths that are globs (quoted so that the
// shell left them alone) into the files they match, sorted.
func ExpandPaths(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		if !strings.ContainsAny(p, "*?[") {
			out = append(out, p)
			continue
		}
		m, err := filepath.Glob(p)
		if err != nil {
			return nil, fmt.Errorf("bad pattern %q: %w", p, err)
		}
		if len(m) == 0 {
			return nil, fmt.Errorf("no file matches %s", p)
		}
		sort.Strings(m)
		base := globBase(p)
		for _, f := range m {
			if !within(base, f) {
				return nil, fmt.Errorf("glob %s matched %s, which a symlink leads outside %s; name the file itself to load it", p, f, base)
			}
		}
		out = append(out, m...)
	}
	return out, nil
}

// globBase is the directory a glob's literal part names: the glob can only
// match below it ("data/*/x.csv" -> "data").
func globBase(p string) string {
	i := strings.IndexAny(p, "*?[")
	return filepath.Dir(p[:i] + "x")
}

// within reports whether f, with every symlink resolved, lies under dir
// (resolved too). The rule for globs (docs/ROBUSTNESS.md): a wildcard only
// picks files under the directory the user wrote; ".." and symlinks cannot
// take it elsewhere. A path written without wildcards is taken as written.
func within(dir, f string) bool {
	d, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return false
	}
	r, err := filepath.EvalSymlinks(f)
	if err != nil {
		return false
	}
	d, _ = filepath.Abs(d)
	r, _ = filepath.Abs(r)
	return r == d || strings.HasPrefix(r, d+string(filepath.Separator))
}
