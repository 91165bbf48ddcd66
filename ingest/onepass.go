package ingest

import (
	"bufio"
	"compress/gzip"
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"strings"

	"kinerja/warehouse"
)

// The one-pass load of a CSV batch (issue 14, point 3). What kinerja's own
// generator and well-kept exports send is canonical (ISO dates, labels in
// their keys, dots for decimals) and clean, and for such a batch the general
// load (land every column as text, check which columns are canonical,
// materialise the broken rows, insert) reads the data four times. The one
// pass reads it twice: it lands the file as text in file order (kn_src, as
// the general load lands it: the rowid numbers the rows) and inserts into
// raw.<kind>, in one statement, every row whose values are all canonical
// (sql/canonical.sql) and that has no problem (normalize.sql.tmpl's one-pass
// kn_norm: every field on its fast path, the checks one filter). Numbering the rows
// in that statement instead (row_number() OVER ()) ran it on one thread.
// Meanwhile the file is hashed and its lines scanned in Go (scanFile),
// when the file's path is new to the ledger.
//
// The batch is kept only when nothing differs from what the general load
// would do: every record of the file was inserted (no row fell out for a
// problem or a non-canonical value), DuckDB rejected no line, the text is
// UTF-8 with no blank line and no quoted newline under the header (the line
// of a row is then its row number below the header), the header is where
// the whole file's scan finds it, no key repeats in the file
// (Kind.FileKey), and the content is not already loaded. Otherwise the
// statement is rolled back and the batch is loaded the general way, which
// quarantines what has to be, with its file, line, field and reason; the
// same batch id is used.

// onePassable says whether a CSV source may try the one pass: text that
// read_csv reads as it is (no forced Windows-1252).
func onePassable(format string, src Source) bool {
	if format != "csv" || src.HTTP != nil {
		return false
	}
	switch strings.ToLower(strings.ReplaceAll(src.Encoding, "_", "-")) {
	case "", "auto", "utf-8", "utf8":
		return true
	}
	return false
}

// headLimit is how much of the (decompressed) text scanHead reads.
const headLimit = 1 << 20

// scanHead scans the first lines of a CSV file (at most headLimit bytes of
// its text, gzip looked through) for its header, before the whole file's
// scan is done. ok is false for text the one pass does not read (UTF-16).
func scanHead(path string) (s fileScan, ok bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return s, false, err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<16)
	var text io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return s, false, nil
		}
		defer zr.Close()
		s.gzip = true
		text = zr
	}
	tb := bufio.NewReader(text)
	if bom, _ := tb.Peek(2); len(bom) == 2 && (bom[0] == 0xff && bom[1] == 0xfe || bom[0] == 0xfe && bom[1] == 0xff) {
		return s, false, nil
	}
	lr := &io.LimitedReader{R: tb, N: headLimit}
	s.utf8 = true
	if err := s.scanText(lr); err != nil {
		return s, false, nil
	}
	if lr.N == 0 && len(s.head) > 0 && len(s.head) < maxHeaderSearch {
		s.head = s.head[:len(s.head)-1] // the last line may be cut
	}
	return s, len(s.head) > 0, nil
}

// onePass tries the one-pass load of a CSV source (see above). handled
// says the batch is done (loaded, dry-run, unchanged) or failed with err;
// otherwise the caller loads it the general way. scanned returns the whole
// file's scan (waiting for it when it runs beside the read).
func onePass(ctx context.Context, db *warehouse.DB, conn *sql.Conn, k Kind, src Source, formatNote string, scanned func() (fileScan, error), res *Result, dry bool) (handled bool, err error) {
	head, ok, err := scanHead(src.Path)
	if err != nil || !ok {
		return false, nil
	}
	head.logical = int64(len(head.head))
	hdr, err := csvHeader(k, src, head)
	if err != nil || hdr.row == 0 || hdr.row > len(head.head) {
		return false, nil
	}
	compression := "auto"
	if head.gzip {
		compression = "gzip"
	}
	rel := csvRelation(src.Path, compression, src.Delimiter, head, hdr)
	headers, err := describe(ctx, conn, rel)
	if err != nil {
		return false, nil
	}
	if _, isOpenData := detectOpenData(k, headers, src.Mapping); isOpenData {
		return false, nil
	}
	if _, err := conn.ExecContext(ctx, "DROP TABLE IF EXISTS kn_rejects; DROP TABLE IF EXISTS kn_reject_scans"); err != nil {
		return true, err
	}
	// Landed in file order (the session keeps insertion order here): a
	// row's rowid is its place under the header. Numbering the rows in the
	// insert instead (row_number() OVER ()) made DuckDB run the whole
	// insert, checks and writing included, on one thread.
	if _, err := conn.ExecContext(ctx, "CREATE OR REPLACE TEMP TABLE kn_src AS SELECT * FROM "+rel); err != nil {
		return false, nil // read_csv failed: the general load says so in its words
	}
	l, err := landingColumns(ctx, conn, k, src, "kn_src", fmt.Sprintf("rowid + %d", hdr.row+1), headers)
	if err != nil {
		return false, nil // the general load says what is missing
	}
	norm, err := normalizeSQL(k, readPlan{present: l.present, onePass: true})
	if err != nil {
		return true, err
	}
	if _, err := conn.ExecContext(ctx, norm); err != nil {
		return true, fmt.Errorf("%s: normalise: %w", src.Path, err)
	}

	// The batch's id is the ledger's next (beginBatch): the general load,
	// when it takes the batch back, takes the same one.
	tx, id, end, err := beginBatch(ctx, db, conn)
	if err != nil {
		return true, err
	}
	defer end()
	if _, err = tx.ExecContext(ctx, mustSQL("insert_session.sql")); err != nil {
		return true, err
	}
	inserted, err := execCount(ctx, tx, fmt.Sprintf(mustSQL("onepass_insert.sql"), k.Name, fieldList(k), id))
	conn.ExecContext(context.WithoutCancel(ctx), "RESET preserve_insertion_order")
	if err != nil {
		return false, nil // the general load says what went wrong, in its words
	}
	var rejects int64
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM kn_rejects").Scan(&rejects); err != nil {
		return true, err
	}
	scan, err := scanned()
	if err != nil {
		return true, fmt.Errorf("cannot read: %w", err)
	}
	res.SHA256 = scan.sha256
	full, err := csvHeader(k, src, scan)
	if err != nil || full.row != hdr.row || rejects > 0 || !scan.utf8 || scan.utf16 || scan.gzip != head.gzip ||
		scan.quoteProblem(src.Path) != "" || len(scan.breaks) > 0 {
		return false, nil
	}
	for _, b := range scan.blank {
		if b > int64(hdr.row) {
			return false, nil
		}
	}
	if inserted != scan.logical-int64(hdr.row) {
		return false, nil // a row with a problem or a value not canonical
	}
	var prior int64
	err = tx.QueryRowContext(ctx, mustSQL("batch_identical.sql"), k.Name, scan.sha256, res.ReadOptions).Scan(&prior)
	switch {
	case err == nil && !src.Force:
		res.BatchID, res.Unchanged = prior, true
		return true, nil
	case err != nil && err != sql.ErrNoRows:
		return true, err
	}
	if dup, err := batchKeyRepeats(ctx, tx, k, id); err != nil || dup {
		return false, err
	}
	res.BatchID, res.Read, res.Loaded = id, inserted, inserted
	res.Extra = l.extra
	if formatNote != "" {
		res.Notes = append(res.Notes, formatNote)
	}
	if n := full.titlesNote("line"); n != "" {
		res.Notes = append(res.Notes, n)
	}
	for _, stage := range []string{"read", "normalise", "insert"} {
		src.emit(stage, inserted, inserted)
	}
	src.emit("quarantine", 0, 0)
	if err := finishBatch(ctx, conn, tx, k, src, id, res, dry); err != nil {
		return true, fmt.Errorf("%s: %w", src.Path, err)
	}
	res.onePass = true
	return true, nil
}

// batchKeyRepeats says whether a key of the kind (Kind.FileKey) repeats
// among the rows the one pass inserted as batch id (sql/onepass_dup_count.sql).
// Every value there is canonical, so stored as it arrived: the count is the
// general load's (dup_count.sql).
func batchKeyRepeats(ctx context.Context, tx *sql.Tx, k Kind, id int64) (bool, error) {
	if len(k.FileKey) == 0 {
		return false, nil
	}
	var keys, notNull []string
	for _, f := range k.FileKey {
		keys = append(keys, warehouse.QuoteIdent(f))
		notNull = append(notNull, warehouse.QuoteIdent(f)+" IS NOT NULL")
	}
	var n int64
	err := tx.QueryRowContext(ctx, fmt.Sprintf(mustSQL("onepass_dup_count.sql"), strings.Join(keys, ", "), k.Name, id, strings.Join(notNull, " AND "))).Scan(&n)
	return n > 0, err
}
