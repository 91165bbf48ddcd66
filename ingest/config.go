package ingest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"

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

// SourceConfig is one entry of sources: in kinerja.yaml.
type SourceConfig struct {
	Name      string            `yaml:"name"`
	Kind      string            `yaml:"kind"`
	Path      string            `yaml:"path"`
	Format    string            `yaml:"format"`
	Sheet     string            `yaml:"sheet"`
	Delimiter string            `yaml:"delimiter"`
	Mapping   map[string]string `yaml:"mapping"`
	Fixed     map[string]string `yaml:"fixed"`
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
		return nil, fmt.Errorf("%s: %w", path, err)
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
		if s.Path == "" {
			return nil, fmt.Errorf("%s (%s): path is required", where, s.Name)
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

// Files expands each source's path (a file or a glob) into Sources, one per
// file, in a stable order.
func (c *Config) Files() ([]Source, error) {
	var out []Source
	for _, s := range c.Sources {
		pattern := c.Resolve(s.Path)
		matches, err := filepath.Glob(pattern)
		if err != nil {
			return nil, fmt.Errorf("source %s: bad path pattern %q: %w", s.Name, s.Path, err)
		}
		if len(matches) == 0 {
			return nil, fmt.Errorf("source %s: no file matches %s", s.Name, pattern)
		}
		sort.Strings(matches)
		for _, m := range matches {
			name := s.Name
			if len(matches) > 1 {
				name = s.Name + "/" + filepath.Base(m)
			}
			out = append(out, Source{Name: name, Kind: s.Kind, Path: m, Format: s.Format, Sheet: s.Sheet,
				Delimiter: s.Delimiter, Mapping: s.Mapping, Fixed: s.Fixed})
		}
	}
	return out, nil
}
