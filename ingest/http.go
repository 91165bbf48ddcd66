package ingest

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"kinerja/warehouse"
)

// HTTPSource pulls the records of a source from a JSON API (kinerja.yaml:
// url: with paging:, token_env:, watermark:). Every page is fetched first,
// into a spool file of one JSON object per line that DuckDB's read_json then
// reads like any other file; only then is the batch loaded, in one
// transaction, so a pull that fails midway loads nothing and leaves the
// watermark where it was.
type HTTPSource struct {
	URL string
	// Records names the field of an object response that holds the records,
	// dotted for nested objects ("result.records", as CKAN answers); "" = the
	// body is an array, or an object with data, items, records or results.
	Records string
	// Paging: "" or "none" (one request), "page" (PageParam = 1, 2, ...),
	// "offset" (OffsetParam = 0, size, 2*size, ...) or "next" (follow the
	// NextField of the body, or a Link: <...>; rel="next" header). page and
	// offset stop at the first page with fewer than PageSize records.
	Paging      string
	PageParam   string // default "page"
	SizeParam   string // default "per_page" (page) or "limit" (offset)
	OffsetParam string // default "offset"
	NextField   string // default "next"
	PageSize    int    // default 100
	FirstPage   int    // default 1
	// TokenEnv names the environment variable that holds a bearer token
	// (sent as Authorization: Bearer ...). The token itself never appears in
	// the config, in messages or in the warehouse.
	TokenEnv string
	// WatermarkParam is the query parameter that asks for the records
	// changed since the last successful pull; WatermarkField is the record
	// field whose greatest value becomes the next watermark (kept in
	// meta.watermarks). With a watermark, each pull adds a batch instead of
	// replacing the source's earlier ones.
	WatermarkParam, WatermarkField string
	Retries                        int           // retries of a 5xx, 429 or timeout; default 4
	Backoff                        time.Duration // first wait before a retry, doubled each time; default 500ms
	Timeout                        time.Duration // per request; default 30s
	MaxPages                       int           // default 100000
	Client                         *http.Client  // default: a client with Timeout
}

func (h *HTTPSource) defaults() {
	if h.PageParam == "" {
		h.PageParam = "page"
	}
	if h.SizeParam == "" {
		h.SizeParam = "per_page"
		if h.Paging == "offset" {
			h.SizeParam = "limit"
		}
	}
	if h.OffsetParam == "" {
		h.OffsetParam = "offset"
	}
	if h.NextField == "" {
		h.NextField = "next"
	}
	if h.PageSize <= 0 {
		h.PageSize = 100
	}
	if h.FirstPage == 0 {
		h.FirstPage = 1
	}
	if h.Retries == 0 {
		h.Retries = 4
	}
	if h.Backoff == 0 {
		h.Backoff = 500 * time.Millisecond
	}
	if h.Timeout == 0 {
		h.Timeout = 30 * time.Second
	}
	if h.MaxPages == 0 {
		h.MaxPages = 100000
	}
	if h.Client == nil {
		h.Client = &http.Client{Timeout: h.Timeout}
	}
}

// Watermark returns the stored watermark of a source ("" when none).
func Watermark(ctx context.Context, db *warehouse.DB, source string) (string, error) {
	var w string
	err := db.QueryRowContext(ctx, "SELECT watermark FROM meta.watermarks WHERE source = ?", source).Scan(&w)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return w, err
}

func loadHTTP(ctx context.Context, db *warehouse.DB, src Source, dry bool) (Result, error) {
	h := *src.HTTP
	h.defaults()
	if src.Name == "" {
		return Result{}, fmt.Errorf("%s: an HTTP source needs a name", h.URL)
	}
	switch h.Paging {
	case "", "none", "page", "offset", "next":
	default:
		return Result{}, fmt.Errorf("%s: unknown paging %q (none, page, offset, next)", h.URL, h.Paging)
	}
	token := ""
	if h.TokenEnv != "" {
		token = os.Getenv(h.TokenEnv)
		if token == "" {
			return Result{}, fmt.Errorf("%s: the environment variable %s (token_env) is not set", h.URL, h.TokenEnv)
		}
	}
	mark := ""
	if h.WatermarkParam != "" {
		var err error
		if mark, err = Watermark(ctx, db, src.Name); err != nil {
			return Result{}, err
		}
	}
	spool, err := os.CreateTemp("", "kinerja-http-*.ndjson")
	if err != nil {
		return Result{}, err
	}
	defer os.Remove(spool.Name())
	n, err := h.pull(ctx, spool, token, mark, func(records int64) {
		if src.Progress != nil {
			src.Progress(Event{Source: src.Name, Path: h.URL, Stage: "fetch", Done: records})
		}
	})
	if cerr := spool.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return Result{Source: src.Name, Kind: src.Kind, Path: h.URL}, fmt.Errorf("pull %s: %w (nothing loaded)", h.URL, err)
	}
	if n == 0 {
		return Result{Source: src.Name, Kind: src.Kind, Path: h.URL, Format: "http+json", Unchanged: true, Watermark: mark, DryRun: dry}, nil
	}
	fileSrc := src
	fileSrc.HTTP = nil
	fileSrc.Path = spool.Name()
	fileSrc.Format = "json"
	fileSrc.origin = h.URL
	fileSrc.httpMark = &h
	if h.WatermarkParam != "" {
		fileSrc.Append = true
	}
	res, err := load(ctx, db, fileSrc, dry)
	res.Path, res.Format = h.URL, "http+json"
	if err != nil {
		return res, errors.New(strings.ReplaceAll(err.Error(), spool.Name(), h.URL))
	}
	if res.Unchanged {
		res.Watermark = mark
	}
	return res, nil
}

// pull fetches every page into w, one record per line, and returns the
// number of records.
func (h *HTTPSource) pull(ctx context.Context, w io.Writer, token, mark string, progress func(int64)) (int64, error) {
	bw := bufio.NewWriterSize(w, 1<<20)
	next, err := url.Parse(h.URL)
	if err != nil {
		return 0, fmt.Errorf("bad url: %w", err)
	}
	var total int64
	for page := 0; page < h.MaxPages; page++ {
		u := *next
		q := u.Query()
		if mark != "" && h.WatermarkParam != "" && (h.Paging != "next" || page == 0) {
			q.Set(h.WatermarkParam, mark)
		}
		switch h.Paging {
		case "page":
			q.Set(h.PageParam, strconv.Itoa(h.FirstPage+page))
			q.Set(h.SizeParam, strconv.Itoa(h.PageSize))
		case "offset":
			q.Set(h.OffsetParam, strconv.Itoa(page*h.PageSize))
			q.Set(h.SizeParam, strconv.Itoa(h.PageSize))
		}
		u.RawQuery = q.Encode()
		body, header, err := h.get(ctx, u.String(), token)
		if err != nil {
			return total, err
		}
		records, nextLink, err := h.records(body)
		if err != nil {
			return total, fmt.Errorf("page %d (%s): %w", page+1, u.Redacted(), err)
		}
		for _, r := range records {
			if _, err := bw.Write(r); err != nil {
				return total, err
			}
			bw.WriteByte('\n')
		}
		total += int64(len(records))
		progress(total)
		switch h.Paging {
		case "page", "offset":
			if len(records) < h.PageSize {
				return total, bw.Flush()
			}
		case "next":
			if nextLink == "" {
				nextLink = linkNext(header.Get("Link"))
			}
			if nextLink == "" || len(records) == 0 {
				return total, bw.Flush()
			}
			ref, err := url.Parse(nextLink)
			if err != nil {
				return total, fmt.Errorf("page %d: bad next link %q: %w", page+1, nextLink, err)
			}
			next = u.ResolveReference(ref)
		default:
			return total, bw.Flush()
		}
	}
	return total, fmt.Errorf("more than %d pages; stopped", h.MaxPages)
}

// get does one request with retries of timeouts, connection errors, 429 and
// 5xx, waiting Backoff, 2*Backoff, ... between attempts.
func (h *HTTPSource) get(ctx context.Context, u, token string) ([]byte, http.Header, error) {
	wait := h.Backoff
	var last error
	for attempt := 0; attempt <= h.Retries; attempt++ {
		if attempt > 0 {
			select {
			case <-ctx.Done():
				return nil, nil, ctx.Err()
			case <-time.After(wait):
			}
			wait *= 2
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
		if err != nil {
			return nil, nil, err
		}
		req.Header.Set("Accept", "application/json")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := h.Client.Do(req)
		if err != nil {
			if ctx.Err() != nil {
				return nil, nil, ctx.Err()
			}
			last = fmt.Errorf("GET %s: %w", redact(u), unwrapURLError(err))
			continue
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		switch {
		case err != nil:
			last = fmt.Errorf("GET %s: reading the body: %w", redact(u), err)
			continue
		case resp.StatusCode == http.StatusUnauthorized || resp.StatusCode == http.StatusForbidden:
			hint := "no token was sent (set token_env)"
			if token != "" && h.TokenEnv != "" {
				hint = "the token in $" + h.TokenEnv + " was refused"
			}
			return nil, nil, fmt.Errorf("GET %s: HTTP %s: %s", redact(u), resp.Status, hint)
		case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
			last = fmt.Errorf("GET %s: HTTP %s", redact(u), resp.Status)
			continue
		case resp.StatusCode >= 300:
			return nil, nil, fmt.Errorf("GET %s: HTTP %s", redact(u), resp.Status)
		}
		return body, resp.Header, nil
	}
	return nil, nil, fmt.Errorf("%w (gave up after %d attempts)", last, h.Retries+1)
}

func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		var ne net.Error
		if errors.As(ue.Err, &ne) && ne.Timeout() {
			return errors.New("timeout")
		}
		return ue.Err
	}
	return err
}

func redact(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return u
	}
	return p.Redacted()
}

// records splits a page body into its records (compact JSON objects) and
// the next link it names, if any.
func (h *HTTPSource) records(body []byte) ([]json.RawMessage, string, error) {
	body = []byte(strings.TrimSpace(string(body)))
	if len(body) == 0 {
		return nil, "", errors.New("empty body, not JSON")
	}
	var list []json.RawMessage
	next := ""
	if body[0] == '[' {
		if err := json.Unmarshal(body, &list); err != nil {
			return nil, "", fmt.Errorf("not a JSON array of records: %w", err)
		}
	} else {
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(body, &obj); err != nil {
			return nil, "", fmt.Errorf("not JSON: %w", err)
		}
		keys := []string{h.Records}
		if h.Records == "" {
			keys = []string{"data", "items", "records", "results"}
		}
		found := false
		for _, k := range keys {
			if raw, ok := fieldAt(obj, k); ok {
				if err := json.Unmarshal(raw, &list); err != nil {
					return nil, "", fmt.Errorf("field %q is not an array of records: %w", k, err)
				}
				found = true
				break
			}
		}
		if !found {
			return nil, "", fmt.Errorf("no records field (%s) in the response", strings.Join(keys, ", "))
		}
		if raw, ok := obj[h.NextField]; ok {
			json.Unmarshal(raw, &next) // null or a non-string: no next page
		}
	}
	for i, r := range list {
		r = []byte(strings.TrimSpace(string(r)))
		if len(r) == 0 || r[0] != '{' {
			return nil, "", fmt.Errorf("record %d is not a JSON object", i+1)
		}
		var compact strings.Builder
		var m json.RawMessage
		if err := json.Unmarshal(r, &m); err != nil {
			return nil, "", err
		}
		b, _ := json.Marshal(m)
		compact.Write(b)
		list[i] = json.RawMessage(compact.String())
	}
	return list, next, nil
}

// fieldAt is the value at a dotted path ("result.records") of an object.
func fieldAt(obj map[string]json.RawMessage, path string) (json.RawMessage, bool) {
	if raw, ok := obj[path]; ok { // a key with a dot in it
		return raw, true
	}
	head, rest, nested := strings.Cut(path, ".")
	raw, ok := obj[head]
	if !ok || !nested {
		return raw, ok
	}
	var inner map[string]json.RawMessage
	if json.Unmarshal(raw, &inner) != nil {
		return nil, false
	}
	return fieldAt(inner, rest)
}

// linkNext reads the rel="next" target of a Link header.
func linkNext(link string) string {
	for _, part := range strings.Split(link, ",") {
		segs := strings.Split(part, ";")
		if len(segs) < 2 {
			continue
		}
		for _, s := range segs[1:] {
			if strings.ReplaceAll(strings.TrimSpace(s), " ", "") == `rel="next"` {
				return strings.Trim(strings.TrimSpace(segs[0]), "<>")
			}
		}
	}
	return ""
}
