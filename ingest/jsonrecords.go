package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// wrapperKeys are the fields an API response or a saved API answer (one JSON
// object) usually holds its records in, looked for when no records path is
// given: the same as for URL sources (HTTPSource.Records).
var wrapperKeys = []string{"data", "items", "records", "results"}

// errNotWrapped says a JSON file is not one object wrapping its records: it
// is read as an array of records or as NDJSON.
var errNotWrapped = errors.New("not an object wrapping the records")

// spoolJSONRecords streams the records of a JSON file that is one object
// holding them at a records path (records: / --records, "data" or a dotted
// path such as "result.records"; "" = the first of wrapperKeys at the top
// that holds an array) into a new NDJSON file in dir, one record per line,
// and returns its path, the records path used and the number of records.
// Without a records path, a file that is not such an object gives
// errNotWrapped.
func spoolJSONRecords(path, records, dir string) (string, string, int64, error) {
	r, closeFn, err := openText(path)
	if err != nil {
		return "", "", 0, err
	}
	defer closeFn()
	br := bufio.NewReaderSize(r, 1<<20)
	if bom, _ := br.Peek(3); bytes.Equal(bom, []byte("\xef\xbb\xbf")) {
		br.Discard(3)
	}
	dec := json.NewDecoder(br)
	auto := records == ""
	fail := func(format string, a ...any) (string, string, int64, error) {
		if auto {
			return "", "", 0, errNotWrapped
		}
		return "", "", 0, fmt.Errorf("%s: records %q: %s", path, records, fmt.Sprintf(format, a...))
	}
	tok, err := dec.Token()
	if err != nil {
		return fail("not JSON: %v", err)
	}
	if tok != json.Delim('{') {
		return fail("the file is not one JSON object holding the records (it starts with %v)", tokenWord(tok))
	}
	// Walk down to the array.
	var segs []string
	if !auto {
		segs = strings.Split(records, ".")
	}
	depth := 1 // objects open around the current position
	for level := 0; ; level++ {
		var fields []string
		found := ""
		for dec.More() {
			t, err := dec.Token()
			if err != nil {
				return fail("not JSON: %v", err)
			}
			key, _ := t.(string)
			want := auto && slices.Contains(wrapperKeys, key) || !auto && key == segs[level]
			if !want {
				fields = append(fields, key)
				if err := skipValue(dec); err != nil {
					return fail("not JSON: %v", err)
				}
				continue
			}
			v, err := dec.Token()
			if err != nil {
				return fail("not JSON: %v", err)
			}
			last := auto || level == len(segs)-1
			switch {
			case last && v == json.Delim('['):
				found = key
			case !last && v == json.Delim('{'):
				found = key
				depth++
			default:
				if auto {
					if err := skipRest(dec, v); err != nil {
						return fail("not JSON: %v", err)
					}
					fields = append(fields, key)
					continue
				}
				need := "an array of records"
				if !last {
					need = "an object"
				}
				return fail("the field %q holds %s, not %s", key, tokenWord(v), need)
			}
			break
		}
		if found == "" {
			if auto {
				return fail("")
			}
			return fail("no field %q (fields there: %s)", segs[level], strings.Join(fields, ", "))
		}
		if auto {
			records = found
			break
		}
		if level == len(segs)-1 {
			break
		}
	}
	out, err := os.CreateTemp(dir, "kinerja-records-*.ndjson")
	if err != nil {
		return "", "", 0, err
	}
	cleanup := func() { out.Close(); os.Remove(out.Name()) }
	w := bufio.NewWriterSize(out, 1<<20)
	var n int64
	var buf bytes.Buffer
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			cleanup()
			return "", "", 0, fmt.Errorf("%s: records %q: record %d is not JSON: %v", path, records, n+1, err)
		}
		n++
		if raw = bytes.TrimSpace(raw); len(raw) == 0 || raw[0] != '{' {
			cleanup()
			return "", "", 0, fmt.Errorf("%s: records %q: record %d is not a JSON object with named fields", path, records, n)
		}
		buf.Reset()
		if err := json.Compact(&buf, raw); err != nil {
			cleanup()
			return "", "", 0, err
		}
		buf.WriteByte('\n')
		if _, err := w.Write(buf.Bytes()); err != nil {
			cleanup()
			return "", "", 0, err
		}
	}
	// The rest of the document must be well formed, and nothing may follow
	// it (NDJSON whose first record merely has a "data" array).
	rest := func() error {
		if _, err := dec.Token(); err != nil { // the array's ]
			return err
		}
		for ; depth > 0; depth-- {
			for dec.More() {
				if _, err := dec.Token(); err != nil {
					return err
				}
				if err := skipValue(dec); err != nil {
					return err
				}
			}
			if _, err := dec.Token(); err != nil {
				return err
			}
		}
		if _, err := dec.Token(); err != io.EOF {
			return errors.New("more than one JSON value at the top of the file")
		}
		return nil
	}
	if err := rest(); err != nil {
		cleanup()
		if auto {
			return "", "", 0, errNotWrapped
		}
		return "", "", 0, fmt.Errorf("%s: records %q: not JSON after the records: %v", path, records, err)
	}
	if err := w.Flush(); err != nil {
		cleanup()
		return "", "", 0, err
	}
	if n == 0 {
		cleanup()
		return "", "", 0, fmt.Errorf("%s: records %q: the array is empty, there is nothing to load", path, records)
	}
	return out.Name(), records, n, out.Close()
}

// skipValue reads one JSON value.
func skipValue(dec *json.Decoder) error {
	t, err := dec.Token()
	if err != nil {
		return err
	}
	return skipRest(dec, t)
}

// skipRest reads the rest of a value whose first token was t.
func skipRest(dec *json.Decoder, t json.Token) error {
	if t != json.Delim('{') && t != json.Delim('[') {
		return nil
	}
	for open := 1; open > 0; {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		switch t {
		case json.Delim('{'), json.Delim('['):
			open++
		case json.Delim('}'), json.Delim(']'):
			open--
		}
	}
	return nil
}

// tokenWord names a JSON token's kind for a message (never its text).
func tokenWord(t json.Token) string {
	switch v := t.(type) {
	case json.Delim:
		if v == '[' {
			return "an array"
		}
		if v == '{' {
			return "an object"
		}
		return string(v)
	case string:
		return "a string"
	case float64, json.Number:
		return "a number"
	case bool:
		return "true/false"
	case nil:
		return "null"
	}
	return "a value"
}
