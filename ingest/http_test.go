package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// apiRecord is one appraisal as the test API serves it.
type apiRecord struct {
	NIP       string `json:"nip"`
	Periode   string `json:"periode"`
	Hasil     string `json:"hasil_kerja"`
	Perilaku  string `json:"perilaku_kerja"`
	UpdatedAt string `json:"updated_at"`
}

var apiNIPs = []string{"198001012005011001", "198001012005011002", "198001012005011003", "198001012005011004", "198001012005011005", "198001012005011006"}

// fakeAPI is a real loopback HTTP server over a list of records: paging by
// page/per_page, filtering by updated_since, a bearer token.
type fakeAPI struct {
	mu       sync.Mutex
	records  []apiRecord
	token    string
	requests []string
}

func (a *fakeAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.requests = append(a.requests, r.URL.RawQuery)
	if r.Header.Get("Authorization") != "Bearer "+a.token {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	var sel []apiRecord
	since := r.URL.Query().Get("updated_since")
	for _, rec := range a.records {
		if rec.UpdatedAt > since {
			sel = append(sel, rec)
		}
	}
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	size, _ := strconv.Atoi(r.URL.Query().Get("per_page"))
	lo := min((page-1)*size, len(sel))
	hi := min(lo+size, len(sel))
	json.NewEncoder(w).Encode(map[string]any{"data": sel[lo:hi], "page": page})
}

func TestHTTPPagingWatermarkAndToken(t *testing.T) {
	ctx := context.Background()
	db, _ := openTestWarehouse(t)
	api := &fakeAPI{token: "s3cret-token"}
	for i, nip := range apiNIPs[:5] {
		api.records = append(api.records, apiRecord{nip, "2025-Q1", "sesuai", "sesuai", fmt.Sprintf("2025-04-0%d 10:00:00", i+1)})
	}
	srv := httptest.NewServer(api)
	defer srv.Close()
	t.Setenv("SIMPEG_TOKEN", "s3cret-token")
	src := Source{Name: "simpeg", Kind: "appraisals", HTTP: &HTTPSource{URL: srv.URL + "/api/penilaian", Paging: "page", PageSize: 2,
		TokenEnv: "SIMPEG_TOKEN", WatermarkParam: "updated_since", WatermarkField: "updated_at"}}

	first, err := Load(ctx, db, src)
	if err != nil || first.Read != 5 || first.Loaded != 5 || first.Watermark != "2025-04-05 10:00:00" {
		t.Fatalf("first pull: %+v %v", first, err)
	}
	if len(api.requests) != 3 || api.requests[0] != "page=1&per_page=2" || api.requests[2] != "page=3&per_page=2" {
		t.Errorf("first pull requests: %q", api.requests)
	}
	if w, _ := Watermark(ctx, db, "simpeg"); w != "2025-04-05 10:00:00" {
		t.Errorf("stored watermark %q", w)
	}
	// One record changes, one is new: the next pull asks only for those.
	api.records[1].Hasil, api.records[1].UpdatedAt = "di_atas", "2025-04-06 08:00:00"
	api.records = append(api.records, apiRecord{apiNIPs[5], "2025-Q1", "di_bawah", "sesuai", "2025-04-07 09:00:00"})
	api.requests = nil
	second, err := Load(ctx, db, src)
	if err != nil || second.Read != 2 || second.Watermark != "2025-04-07 09:00:00" || len(second.Replaced) != 0 {
		t.Fatalf("second pull: %+v %v", second, err)
	}
	// A full page of 2 asks for page 2, which is empty.
	if len(api.requests) != 2 || api.requests[0] != "page=1&per_page=2&updated_since=2025-04-05+10%3A00%3A00" {
		t.Errorf("second pull requests: %q", api.requests)
	}
	var rows int64
	var latest string
	db.QueryRow("SELECT count(*) FROM raw.appraisals").Scan(&rows)
	db.QueryRow("SELECT hasil_kerja FROM raw.appraisals WHERE nip = ? ORDER BY _batch DESC LIMIT 1", apiNIPs[1]).Scan(&latest)
	if rows != 7 || latest != "di_atas" {
		t.Errorf("after two pulls: %d raw rows (want 5 + 2), latest rating %q", rows, latest)
	}
	var path, format string
	db.QueryRow("SELECT path, format FROM meta.batches WHERE batch_id = ?", second.BatchID).Scan(&path, &format)
	if path != srv.URL+"/api/penilaian" || format != "http+json" {
		t.Errorf("batch path %q format %q", path, format)
	}
	// Nothing new: no batch, the watermark stays.
	api.requests = nil
	third, err := Load(ctx, db, src)
	if err != nil || !third.Unchanged || third.Watermark != "2025-04-07 09:00:00" {
		t.Errorf("third pull: %+v %v", third, err)
	}
	assertAccounting(t, db)
}

func TestHTTPUnauthorized(t *testing.T) {
	ctx := context.Background()
	db, _ := openTestWarehouse(t)
	api := &fakeAPI{token: "the-right-one", records: []apiRecord{{apiNIPs[0], "2025", "sesuai", "sesuai", "x"}}}
	srv := httptest.NewServer(api)
	defer srv.Close()
	t.Setenv("SIMPEG_TOKEN", "a-wrong-token-value")
	before := snapshot(t, db)
	_, err := Load(ctx, db, Source{Name: "simpeg", Kind: "appraisals", HTTP: &HTTPSource{URL: srv.URL, Paging: "page", TokenEnv: "SIMPEG_TOKEN", Backoff: time.Millisecond}})
	if err == nil || !strings.Contains(err.Error(), "401") || !strings.Contains(err.Error(), "$SIMPEG_TOKEN was refused") {
		t.Fatalf("401: %v", err)
	}
	if strings.Contains(err.Error(), "a-wrong-token-value") {
		t.Errorf("the token leaked into the message: %v", err)
	}
	if len(api.requests) != 1 {
		t.Errorf("a 401 was retried: %d requests", len(api.requests))
	}
	if after := snapshot(t, db); after != before {
		t.Errorf("a refused pull changed the warehouse")
	}
	t.Setenv("SIMPEG_TOKEN", "")
	_, err = Load(ctx, db, Source{Name: "simpeg", Kind: "appraisals", HTTP: &HTTPSource{URL: srv.URL, TokenEnv: "SIMPEG_TOKEN"}})
	if err == nil || !strings.Contains(err.Error(), "SIMPEG_TOKEN (token_env) is not set") {
		t.Errorf("no token: %v", err)
	}
}

func TestHTTPRetriesServerErrorsAndTimeouts(t *testing.T) {
	ctx := context.Background()
	db, _ := openTestWarehouse(t)
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch calls.Add(1) {
		case 1:
			http.Error(w, "busy", http.StatusServiceUnavailable)
		case 2:
			time.Sleep(300 * time.Millisecond) // longer than the client's timeout
		case 3:
			http.Error(w, "oops", http.StatusBadGateway)
		}
		fmt.Fprintf(w, `[{"nip":"%s","periode":"2025","hasil_kerja":"sesuai","perilaku_kerja":"sesuai"}]`, apiNIPs[0])
	}))
	defer srv.Close()
	start := time.Now()
	res, err := Load(ctx, db, Source{Name: "retry", Kind: "appraisals",
		HTTP: &HTTPSource{URL: srv.URL, Retries: 4, Backoff: 20 * time.Millisecond, Timeout: 100 * time.Millisecond}})
	if err != nil || res.Loaded != 1 {
		t.Fatalf("after retries: %+v %v", res, err)
	}
	if calls.Load() != 4 {
		t.Errorf("%d requests, want 4 (503, timeout, 502, ok)", calls.Load())
	}
	if d := time.Since(start); d < (20+40+80)*time.Millisecond {
		t.Errorf("no backoff: took %v", d)
	}
	// A server that keeps failing: the pull gives up and says so.
	calls.Store(0)
	bad := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		http.Error(w, "down", http.StatusInternalServerError)
	}))
	defer bad.Close()
	_, err = Load(ctx, db, Source{Name: "down", Kind: "appraisals", HTTP: &HTTPSource{URL: bad.URL, Retries: 2, Backoff: time.Millisecond}})
	if err == nil || !strings.Contains(err.Error(), "500") || !strings.Contains(err.Error(), "gave up after 3 attempts") || calls.Load() != 3 {
		t.Errorf("always 500: %v (%d calls)", err, calls.Load())
	}
}

// The server serves page 1, then dies: nothing of the pull is loaded and the
// watermark stays where the last successful pull left it.
func TestHTTPServerDiesMidway(t *testing.T) {
	ctx := context.Background()
	db, _ := openTestWarehouse(t)
	var dead atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if dead.Load() && r.URL.Query().Get("offset") != "0" {
			// Kill the connection without an answer, as a crashed server does.
			hj, _ := w.(http.Hijacker)
			conn, _, _ := hj.Hijack()
			conn.Close()
			return
		}
		off, _ := strconv.Atoi(r.URL.Query().Get("offset"))
		var recs []string
		for i := off; i < off+2 && i < 4; i++ {
			recs = append(recs, fmt.Sprintf(`{"nip":"%s","periode":"2025","hasil_kerja":"sesuai","perilaku_kerja":"sesuai","ts":"2025-05-0%d"}`, apiNIPs[i], i+1))
		}
		fmt.Fprintf(w, `{"items":[%s]}`, strings.Join(recs, ","))
	}))
	defer srv.Close()
	src := Source{Name: "offset_api", Kind: "appraisals", HTTP: &HTTPSource{URL: srv.URL, Paging: "offset", PageSize: 2,
		WatermarkParam: "since", WatermarkField: "ts", Retries: 1, Backoff: time.Millisecond}}
	ok, err := Load(ctx, db, src)
	if err != nil || ok.Loaded != 4 || ok.Watermark != "2025-05-04" {
		t.Fatalf("healthy pull: %+v %v", ok, err)
	}
	before := snapshot(t, db)
	dead.Store(true)
	src.HTTP.WatermarkParam = "" // ask for everything again, so page 2 is needed
	src.Name = "offset_api"
	_, err = Load(ctx, db, src)
	if err == nil || !strings.Contains(err.Error(), "nothing loaded") || !strings.Contains(err.Error(), "offset=2") {
		t.Fatalf("server died: %v", err)
	}
	if after := snapshot(t, db); after != before {
		t.Errorf("a pull that failed midway changed the warehouse:\n%s\n%s", before, after)
	}
	if w, _ := Watermark(ctx, db, "offset_api"); w != "2025-05-04" {
		t.Errorf("watermark after the failed pull: %q", w)
	}
}

func TestHTTPNextLinkPaging(t *testing.T) {
	ctx := context.Background()
	db, _ := openTestWarehouse(t)
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/v1/skp":
			fmt.Fprintf(w, `{"results":[{"nip":"%s","periode":"2025","hasil_kerja":"sesuai","perilaku_kerja":"sesuai"}],"next":"/v1/skp/p2?cursor=abc"}`, apiNIPs[0])
		case "/v1/skp/p2":
			if r.URL.Query().Get("cursor") != "abc" {
				http.Error(w, "bad cursor", 400)
				return
			}
			w.Header().Set("Link", fmt.Sprintf(`<%s/v1/skp/p3>; rel="next"`, srv.URL))
			fmt.Fprintf(w, `{"results":[{"nip":"%s","periode":"2025","hasil_kerja":"di_atas","perilaku_kerja":"sesuai"}],"next":null}`, apiNIPs[1])
		case "/v1/skp/p3":
			fmt.Fprintf(w, `[{"nip":"%s","periode":"2025","hasil_kerja":"di_bawah","perilaku_kerja":"sesuai"}]`, apiNIPs[2])
		}
	}))
	defer srv.Close()
	res, err := Load(ctx, db, Source{Name: "cursor", Kind: "appraisals", HTTP: &HTTPSource{URL: srv.URL + "/v1/skp", Paging: "next"}})
	if err != nil || res.Loaded != 3 {
		t.Fatalf("next paging: %+v %v", res, err)
	}
	var got string
	db.QueryRow("SELECT string_agg(hasil_kerja, ',' ORDER BY _line) FROM raw.appraisals").Scan(&got)
	if got != "sesuai,di_atas,di_bawah" {
		t.Errorf("records in order: %q", got)
	}
}
