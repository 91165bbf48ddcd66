package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"unicode/utf8"

	"kinerja/warehouse"
)

// ndjsonLineKey is the key splitNDJSON adds to every good record: the record's
// physical line in the original file.
const ndjsonLineKey = "kn__line"

// isNDJSON says whether a JSON file (gzip looked through) holds records one
// per line: its first non-blank byte opens an object, not an array.
func isNDJSON(path string) bool {
	r, closeFn, err := openText(path)
	if err != nil {
		return false
	}
	defer closeFn()
	br := bufio.NewReader(r)
	for {
		c, err := br.ReadByte()
		if err != nil {
			return false
		}
		switch c {
		case ' ', '\t', '\r', '\n', 0xEF, 0xBB, 0xBF: // blanks and a UTF-8 BOM
			continue
		}
		return c == '{'
	}
}

// openText opens a file, decompressing it when it is gzip.
func openText(path string) (io.Reader, func(), error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	br := bufio.NewReaderSize(f, 1<<20)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			f.Close()
			return nil, nil, err
		}
		return zr, func() { zr.Close(); f.Close() }, nil
	}
	return br, func() { f.Close() }, nil
}

type badLine struct {
	line        int64
	reason, raw string
}

// splitNDJSON reads an NDJSON file line by line: every line that is one JSON
// object goes to a new temporary NDJSON file with its line number added
// (ndjsonLineKey); every other non-blank line is returned as a bad line with
// the parser's reason. Blank lines are not records.
func splitNDJSON(path, dir string) (string, []badLine, int64, error) {
	r, closeFn, err := openText(path)
	if err != nil {
		return "", nil, 0, err
	}
	defer closeFn()
	out, err := os.CreateTemp(dir, "kinerja-ndjson-*.json")
	if err != nil {
		return "", nil, 0, err
	}
	w := bufio.NewWriterSize(out, 1<<20)
	br := bufio.NewReaderSize(r, 1<<20)
	var bad []badLine
	var good, n int64
	for {
		raw, rerr := br.ReadBytes('\n')
		if len(raw) > 0 {
			n++
			line := bytes.TrimSpace(raw)
			if n == 1 {
				line = bytes.TrimPrefix(line, []byte("\xEF\xBB\xBF"))
			}
			if len(line) > 0 {
				if reason := ndjsonProblem(line); reason != "" {
					bad = append(bad, badLine{line: n, reason: reason, raw: shownRaw(line)})
				} else {
					good++
					w.WriteString(`{"` + ndjsonLineKey + `":` + strconv.FormatInt(n, 10))
					if rest := bytes.TrimSpace(line[1:]); !bytes.Equal(rest, []byte("}")) {
						w.WriteByte(',')
					}
					w.Write(line[1:])
					w.WriteByte('\n')
				}
			}
		}
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			out.Close()
			os.Remove(out.Name())
			return "", nil, 0, fmt.Errorf("%s: the gzip data is truncated or corrupt: %w", path, rerr)
		}
	}
	if err := w.Flush(); err != nil {
		out.Close()
		os.Remove(out.Name())
		return "", nil, 0, err
	}
	if err := out.Close(); err != nil {
		os.Remove(out.Name())
		return "", nil, 0, err
	}
	return out.Name(), bad, good, nil
}

// ndjsonProblem says what is wrong with one line of NDJSON ("" = one object).
func ndjsonProblem(line []byte) string {
	if !utf8.Valid(line) {
		return "not a JSON object: the line is not UTF-8 text"
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(line, &obj); err != nil {
		var syn *json.SyntaxError
		switch {
		case line[0] != '{':
			return "not a JSON object: the line does not start with {"
		case errors.As(err, &syn):
			return fmt.Sprintf("not a JSON object: %s at byte %d", syn.Error(), syn.Offset)
		default:
			return "not a JSON object: " + err.Error()
		}
	}
	if _, ok := obj[ndjsonLineKey]; ok {
		return "not a record: it has the reserved key " + ndjsonLineKey
	}
	return ""
}

// shownRaw keeps a bad line for the quarantine, cut at 4 KiB.
func shownRaw(line []byte) string {
	if len(line) > 4096 {
		line = line[:4096]
	}
	return string(bytes.ToValidUTF8(line, []byte("\uFFFD")))
}

// storeBadLines puts bad lines into kn_reject_rows (line, reason, raw), where
// commitBatch quarantines them.
func storeBadLines(ctx context.Context, conn *sql.Conn, bad []badLine) error {
	if _, err := conn.ExecContext(ctx, mustSQL("reject_rows_create.sql")); err != nil {
		return err
	}
	i := 0
	_, err := warehouse.Append(ctx, conn, "", "kn_reject_rows", func(row []driver.Value) (bool, error) {
		if i == len(bad) {
			return false, nil
		}
		row[0], row[1], row[2] = bad[i].line, bad[i].reason, bad[i].raw
		i++
		return true, nil
	}, 3)
	return err
}
