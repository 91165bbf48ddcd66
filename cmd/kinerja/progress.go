package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"

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
// bar (ingestBar) when errOut is a terminal, otherwise nothing beyond the one
// summary line per batch on stdout. With text or json: one log line per
// stage of each file.
func (a *app) progressFor() func(ingest.Event) {
	auto := a.logFormat == "" || a.logFormat == "auto"
	if auto && !isTerminal(a.errOut) {
		return nil
	}
	if auto {
		a.bar = &ingestBar{w: a.errOut}
		return a.bar.event
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

// ingestBar draws, on a terminal, one bar per stage of the file being loaded
// (github.com/schollz/progressbar): the bytes hashed and scanned, then the
// rows read, normalised, inserted and quarantined, and the commit; each is
// cleared when the next starts, and the last when the file is done.
type ingestBar struct {
	w    io.Writer
	mu   sync.Mutex
	bar  *progressbar.ProgressBar
	key  string        // path and stage the bar shows
	stop chan struct{} // stops the ticker that redraws the bar while one statement runs
}

// stageWords name the stages on the bar.
var stageWords = map[string]string{
	"fetch": "fetching", "scan": "hashing", "read": "reading", "normalise": "normalising",
	"insert": "inserting", "quarantine": "quarantining", "commit": "committing",
}

func (b *ingestBar) event(e ingest.Event) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if e.Stage == "done" {
		b.clearLocked()
		return
	}
	if key := e.Path + "\x00" + e.Stage; key != b.key {
		b.clearLocked()
		b.key, b.bar = key, newStageBar(b.w, e)
		b.stop = make(chan struct{})
		go b.tick(b.stop)
	}
	if e.Total > 0 && e.Total != b.bar.GetMax64() {
		b.bar.ChangeMax64(e.Total)
	}
	b.bar.Set64(e.Done)
}

// clear removes the bar (before a line is printed: a failed file's).
func (b *ingestBar) clear() {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.clearLocked()
}

// tick redraws the bar every second, so that its elapsed time goes on while
// DuckDB runs one long statement (normalising, inserting).
func (b *ingestBar) tick(stop chan struct{}) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			b.mu.Lock()
			if b.bar != nil {
				b.bar.Add64(0)
			}
			b.mu.Unlock()
		}
	}
}

func (b *ingestBar) clearLocked() {
	if b.stop != nil {
		close(b.stop)
		b.stop = nil
	}
	if b.bar != nil {
		b.bar.Finish() // also stops a spinner's ticker
		// The library's Clear forgets a bar that was full when first drawn.
		io.WriteString(b.w, "\033[2K\r")
	}
	b.bar, b.key = nil, ""
}

func newStageBar(w io.Writer, e ingest.Event) *progressbar.ProgressBar {
	name := filepath.Base(e.Path)
	if e.Stage == "fetch" {
		name = e.Path
	}
	unit := "rows"
	switch e.Stage {
	case "scan":
		unit = "bytes"
	case "fetch":
		unit = "records"
	}
	opts := []progressbar.Option{
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(name + ": " + stageWords[e.Stage] + " " + unit),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100 * time.Millisecond),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(false),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionUseANSICodes(true),
		progressbar.OptionSpinnerType(14),
	}
	if e.Stage == "scan" {
		opts = append(opts, progressbar.OptionShowBytes(true))
	}
	max := e.Total
	if max <= 0 {
		max = -1 // not known yet: a spinner with the count
	}
	return progressbar.NewOptions64(max, opts...)
}
