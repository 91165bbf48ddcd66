package ingest

import (
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// fileScan is what one streaming pass over a source file learns: its sha256
// (of the bytes on disk), and for CSV the text facts DuckDB's reader does not
// give back: whether the text is valid UTF-8, the first lines, and how
// DuckDB's logical lines (records split at newlines outside quotes, blank
// lines included) map to the physical lines an editor shows.
type fileScan struct {
	sha256  string
	size    int64 // bytes on disk
	gzip    bool
	utf16   bool // the text is UTF-16 with a BOM (Excel's "Unicode Text"); the facts below are of its UTF-8 decoding
	utf8    bool
	head    []string // the first maxHeaderSearch logical lines, as text (titles and the header are among them)
	logical int64    // logical lines in the file
	blank   []int64  // logical lines that are empty (DuckDB skips them)
	// breaks lists, for each logical line that holds quoted newlines, the
	// logical line and the number of embedded newlines seen up to and
	// including it; physical(L) = L + the embedded newlines before L.
	breaks []lineBreak
	// openQuote is the physical line of a quote that is never closed (0 =
	// every quote closes): from there DuckDB reads the rest of the file as
	// one value. longest is the most physical lines one record spans, and
	// longestAt the physical line where that record starts.
	openQuote          int64
	longest, longestAt int64
	lines              int64 // physical lines (a last line without a newline counts)
}

// maxRecordLines is the most physical lines one CSV record may span: more
// means an unbalanced quote swallowed other records (legitimate multi-line
// values, such as addresses, take a few).
const maxRecordLines = 20

// quoteProblem says, in the user's words, why the file cannot be read record
// by record ("" when it can): a quote that never closes, or a quoted value
// over maxRecordLines lines.
func (s fileScan) quoteProblem(path string) string {
	switch {
	case s.openQuote > 0:
		return fmt.Sprintf("%s line %d: a quote (\") opens a value that is never closed, so the rest of the file (%d lines) would be read as one value. Nothing was loaded: fix or remove that quote and load the file again",
			path, s.openQuote, s.lines-s.openQuote+1)
	case s.longest > maxRecordLines:
		return fmt.Sprintf("%s line %d: a quoted value runs over %d lines (to line %d), so those lines would be read as one record; a quote is probably missing or extra on line %d. Nothing was loaded: fix the quotes and load the file again",
			path, s.longestAt, s.longest, s.longestAt+s.longest-1, s.longestAt)
	}
	return ""
}

type lineBreak struct{ logical, extra int64 }

// scanFile reads the file once. With csv set it also scans the (decompressed)
// text for lines, quotes and UTF-8 validity; otherwise it only hashes.
// progress, when not nil, is told the bytes read so far.
func scanFile(path string, csv bool, progress func(done, total int64)) (fileScan, error) {
	f, err := os.Open(path)
	if err != nil {
		return fileScan{}, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fileScan{}, err
	}
	if st.IsDir() {
		return fileScan{}, fmt.Errorf("%s is a directory", path)
	}
	s := fileScan{size: st.Size(), utf8: true}
	h := sha256.New()
	counted := &countingReader{r: f, total: st.Size(), progress: progress}
	tee := io.TeeReader(counted, h)
	if !csv {
		if _, err := io.Copy(io.Discard, tee); err != nil {
			return s, fmt.Errorf("%s: %w", path, err)
		}
		s.sha256 = hex.EncodeToString(h.Sum(nil))
		return s, nil
	}
	br := bufio.NewReaderSize(tee, 1<<20)
	var text io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return s, fmt.Errorf("%s: not a readable gzip file: %w", path, err)
		}
		defer zr.Close()
		s.gzip = true
		text = zr
	}
	// UTF-16 text (a byte-order mark FF FE or FE FF) is scanned as the
	// UTF-8 it decodes to, which is what DuckDB will read (landCSV).
	tb := bufio.NewReader(text)
	if bom, _ := tb.Peek(2); len(bom) == 2 && (bom[0] == 0xff && bom[1] == 0xfe || bom[0] == 0xfe && bom[1] == 0xff) {
		s.utf16 = true
		text = utf16Text.NewDecoder().Reader(tb)
	} else {
		text = tb
	}
	if err := s.scanText(text); err != nil {
		if s.gzip {
			return s, fmt.Errorf("%s: the gzip data is truncated or corrupt: %w", path, err)
		}
		return s, fmt.Errorf("%s: %w", path, err)
	}
	// Drain what gzip left unread so that the hash covers the whole file.
	if _, err := io.Copy(io.Discard, br); err != nil {
		return s, fmt.Errorf("%s: %w", path, err)
	}
	s.sha256 = hex.EncodeToString(h.Sum(nil))
	return s, nil
}

func (s *fileScan) scanText(r io.Reader) error {
	buf := make([]byte, 1<<20)
	var carry []byte // an incomplete UTF-8 sequence at a chunk's end
	inQuote := false
	lineLen := 0 // bytes on the current logical line, without '\r'
	var embedded, embeddedThisLine int64
	var quoteAt int64 // physical line of the quote that opened the current quoted value
	var last byte     // the last byte of the text
	logical := int64(1)
	var line strings.Builder // the current logical line, while among the first maxHeaderSearch
	for {
		n, err := r.Read(buf)
		chunk := buf[:n]
		if s.utf8 && n > 0 {
			b := chunk
			if len(carry) > 0 {
				b = append(carry, chunk...)
			}
			cut := len(b)
			for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
				if utf8.RuneStart(b[i]) {
					if !utf8.FullRune(b[i:]) {
						cut = i
					}
					break
				}
			}
			if !utf8.Valid(b[:cut]) {
				s.utf8 = false
			}
			carry = append([]byte(nil), b[cut:]...)
		}
		if n > 0 {
			last = chunk[n-1]
		}
		for _, c := range chunk {
			if logical <= maxHeaderSearch && line.Len() < 1<<16 && (c != '\n' || inQuote) {
				line.WriteByte(c)
			}
			switch c {
			case '"':
				inQuote = !inQuote
				if inQuote {
					quoteAt = logical + embedded
				}
				lineLen++
			case '\n':
				s.lines++
				if inQuote {
					embedded++
					embeddedThisLine++
					lineLen++
					continue
				}
				if lineLen == 0 && logical > 1 {
					s.blank = append(s.blank, logical)
				}
				if embeddedThisLine > 0 {
					s.breaks = append(s.breaks, lineBreak{logical, embedded})
					s.noteSpan(logical, embedded, embeddedThisLine)
					embeddedThisLine = 0
				}
				if logical <= maxHeaderSearch {
					s.head = append(s.head, strings.TrimSuffix(line.String(), "\r"))
					line.Reset()
				}
				logical++
				lineLen = 0
			case '\r':
			default:
				lineLen++
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
	}
	if len(carry) > 0 {
		s.utf8 = false
	}
	if inQuote {
		s.openQuote = quoteAt
	}
	if last != '\n' && last != 0 {
		s.lines++ // the last line has no newline
	}
	if lineLen > 0 || embeddedThisLine > 0 {
		if embeddedThisLine > 0 {
			s.breaks = append(s.breaks, lineBreak{logical, embedded})
			s.noteSpan(logical, embedded, embeddedThisLine)
		}
		if logical <= maxHeaderSearch {
			s.head = append(s.head, strings.TrimSuffix(line.String(), "\r"))
		}
	} else {
		logical-- // the file ends with a newline
	}
	s.logical = logical
	return nil
}

// noteSpan keeps the longest record: the logical line that ends here, with
// embedded quoted newlines up to and including it, extra of them its own.
func (s *fileScan) noteSpan(logical, embedded, extra int64) {
	if extra+1 > s.longest {
		s.longest, s.longestAt = extra+1, logical+embedded-extra
	}
}

// utf16Text decodes UTF-16 of either byte order, as its byte-order mark
// says, and drops the mark.
var utf16Text = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)

// transcodeToUTF8 writes the file's text (decompressed), decoded from enc
// (Windows-1252, what Excel writes in an Indonesian locale, or UTF-16,
// Excel's "Unicode Text"), as UTF-8 into a new file in dir and returns its
// path. It streams: memory stays constant.
func transcodeToUTF8(path, dir string, enc encoding.Encoding, name string) (string, error) {
	r, closeFn, err := openText(path)
	if err != nil {
		return "", err
	}
	defer closeFn()
	out, err := os.CreateTemp(dir, "kinerja-utf8-*"+strings.TrimSuffix(filepath.Ext(strings.TrimSuffix(path, ".gz")), ".gz"))
	if err != nil {
		return "", err
	}
	w := bufio.NewWriterSize(out, 1<<20)
	if _, err := io.Copy(w, enc.NewDecoder().Reader(r)); err != nil {
		out.Close()
		os.Remove(out.Name())
		return "", fmt.Errorf("%s: transcode from %s: %w", path, name, err)
	}
	if err := w.Flush(); err != nil {
		out.Close()
		os.Remove(out.Name())
		return "", err
	}
	return out.Name(), out.Close()
}

type countingReader struct {
	r        io.Reader
	done     int64
	total    int64
	progress func(done, total int64)
	last     int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.done += int64(n)
	if c.progress != nil && (c.done-c.last >= 8<<20 || err == io.EOF) {
		c.last = c.done
		c.progress(c.done, c.total)
	}
	return n, err
}
