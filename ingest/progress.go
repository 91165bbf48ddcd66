package ingest

// Event tells how a load advances, for a progress bar or log lines. Stages,
// in order: "fetch" (HTTP pages; Done = records so far), "scan" (the file's
// bytes hashed and scanned; Done/Total in bytes), "read" (DuckDB or the XLSX
// reader lands the rows), "normalise" (Done = rows landed), "commit", and
// "done" (Done = rows read).
type Event struct {
	Source, Path, Stage string
	Done, Total         int64
}
