package ingest

import (
	"fmt"
	"sort"
	"strings"
)

// readOptions is the part of a batch's identity that says how the file was
// read: every reading option that is not at its default, in a fixed order
// ("" = all defaults). Content (sha256) + kind + readOptions identify a batch:
// the same file read another way is another batch (issue 11.2).
func readOptions(src Source, format string) string {
	var parts []string
	add := func(name, v string) {
		if v != "" {
			parts = append(parts, name+"="+v)
		}
	}
	if src.Format != "" {
		add("format", format)
	}
	add("sheet", src.Sheet)
	if src.HeaderRow > 0 {
		add("header_row", fmt.Sprint(src.HeaderRow))
	}
	add("delimiter", src.Delimiter)
	add("records", src.Records)
	add("encoding", strings.ToLower(src.Encoding))
	if src.ZeroIsValue {
		add("zero_is_value", "true")
	}
	add("mapping", sortedPairs(src.Mapping))
	add("fixed", sortedPairs(src.Fixed))
	return strings.Join(parts, "; ")
}

func sortedPairs(m map[string]string) string {
	if len(m) == 0 {
		return ""
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for i, k := range keys {
		keys[i] = fmt.Sprintf("%q:%q", k, m[k])
	}
	return "{" + strings.Join(keys, ", ") + "}"
}

// defaultSourceName is a file's source name when none is given: the file name
// without its extensions, and the sheet when one is chosen, so that two
// sheets of one workbook are two sources, not one replacing the other.
func defaultSourceName(path, sheet string) string {
	base := path[strings.LastIndexAny(path, `/\`)+1:]
	if strings.HasSuffix(strings.ToLower(base), ".gz") {
		base = base[:len(base)-3]
	}
	if i := strings.LastIndex(base, "."); i > 0 {
		base = base[:i]
	}
	if sheet != "" {
		base += "[" + sheet + "]"
	}
	return base
}

// shrinkRefused says why a new batch may not replace earlier ones without
// --force: it has under half of their rows, which looks like a truncated or
// wrong file rather than a correction ("" = it may).
func shrinkRefused(src Source, read, prior int64, priorIDs []int64) string {
	if src.Force || read*2 >= prior {
		return ""
	}
	return fmt.Sprintf("refused: this file has %d rows, under half of the %d rows of batch %v that it would replace under source %q; a truncated or wrong file? Check it, or give --force to replace the batch anyway",
		read, prior, priorIDs, src.Name)
}
