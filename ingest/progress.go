package ingest

// Event tells how a load advances, for a progress bar or log lines. Stages,
// in order, each reported when it starts (Done 0) and when it ends (Done =
// Total), some in between:
//
//   - "fetch": HTTP pages; Done = records so far, Total unknown (0);
//   - "scan": the file's bytes hashed and scanned; Done/Total in bytes;
//   - "read": DuckDB or the XLSX reader lands the rows; Done/Total = rows
//     read (Total unknown, 0, until they are landed);
//   - "normalise": values normalised and checked; Done/Total = rows landed;
//   - "insert": the good rows into raw.<kind>; Done/Total = rows to load;
//   - "quarantine": the broken rows (and those the reader could not split)
//     into meta.quarantine; Done/Total = rows quarantined;
//   - "commit": the batch replaces its source's earlier one; Done = Total =
//     rows read (= inserted + quarantined);
//   - "done": Done = Total = rows read.
//
// A source already loaded the same way stops after "scan".
type Event struct {
	Source, Path, Stage string
	Done, Total         int64
}

// emit tells the source's progress hook, when it has one.
func (s Source) emit(stage string, done, total int64) {
	if s.Progress != nil {
		s.Progress(Event{Source: s.Name, Path: s.Path, Stage: stage, Done: done, Total: total})
	}
}
