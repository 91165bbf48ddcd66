package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"kinerja/ingest"
)

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// newLogger builds the logger of --log-format: text or json lines on w
// ("auto" is text).
func newLogger(format string, w io.Writer) (*slog.Logger, error) {
	switch format {
	case "", "auto", "text":
		return slog.New(slog.NewTextHandler(w, nil)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, nil)), nil
	}
	return nil, fmt.Errorf("--log-format %q: auto, text or json", format)
}

// progressFor returns how ingest progress is shown. With --log-format auto: a
// bar redrawn in place when errOut is a terminal, otherwise nothing beyond
// the one summary line per batch on stdout. With text or json: one log line
// per stage of each file.
func (a *app) progressFor() func(ingest.Event) {
	auto := a.logFormat == "" || a.logFormat == "auto"
	if auto && !isTerminal(a.errOut) {
		return nil
	}
	if auto {
		var mu sync.Mutex
		return func(e ingest.Event) {
			mu.Lock()
			defer mu.Unlock()
			fmt.Fprint(a.errOut, "\r\033[K"+barLine(e))
			if e.Stage == "done" {
				fmt.Fprint(a.errOut, "\r\033[K")
			}
		}
	}
	var last ingest.Event
	return func(e ingest.Event) {
		if (e.Stage == "scan" && e.Done != e.Total) || e == last {
			return // one line per stage, not per chunk
		}
		last = e
		a.log.Info("ingest", "source", e.Source, "path", e.Path, "stage", e.Stage, "done", e.Done, "total", e.Total)
	}
}

func barLine(e ingest.Event) string {
	name := filepath.Base(e.Path)
	switch {
	case e.Stage == "scan" && e.Total > 0:
		const width = 30
		n := int(e.Done * width / e.Total)
		return fmt.Sprintf("%s [%s%s] %3d%% %d/%d MB", name, strings.Repeat("#", n), strings.Repeat(".", width-n),
			e.Done*100/e.Total, e.Done>>20, e.Total>>20)
	case e.Stage == "fetch":
		return fmt.Sprintf("%s: fetched %d records", e.Path, e.Done)
	case e.Done > 0:
		return fmt.Sprintf("%s: %s (%d rows)", name, e.Stage, e.Done)
	}
	return fmt.Sprintf("%s: %s", name, e.Stage)
}
