package ingest

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"kinerja/warehouse"
)

// Day/month order of a date or timestamp column (sql/macros.sql, kn_dm_*).
const (
	orderDayFirst   = ""      // the contract's 31/03/2025, and the default
	orderMonthFirst = "md"    // some value reads only month first (12/31/2025), none only day first
	orderMixed      = "mixed" // values of both kinds: ambiguous values are quarantined
)

// dateOrders decides the day/month order of every landed date and timestamp
// column that is not already canonical (ISO dates need no decision), in one
// scan of kn_landing. Columns in the default order are left out of the map.
func dateOrders(ctx context.Context, conn *sql.Conn, k Kind, present, fast map[string]bool) (map[string]string, error) {
	var cols, names []string
	for _, fd := range k.Fields {
		if (fd.Type != Date && fd.Type != Timestamp) || !present[fd.Name] || fast[fd.Name] {
			continue
		}
		in := warehouse.QuoteIdent("in_" + fd.Name)
		cols = append(cols, fmt.Sprintf("coalesce(count_if(kn_dm_evidence(%s) = 'dm'), 0), coalesce(count_if(kn_dm_evidence(%s) = 'md'), 0)", in, in))
		names = append(names, fd.Name)
	}
	if len(cols) == 0 {
		return nil, nil
	}
	counts := make([]int64, 2*len(names))
	ptrs := make([]any, len(counts))
	for i := range counts {
		ptrs[i] = &counts[i]
	}
	if err := conn.QueryRowContext(ctx, "SELECT "+strings.Join(cols, ", ")+" FROM kn_landing").Scan(ptrs...); err != nil {
		return nil, err
	}
	orders := map[string]string{}
	for i, n := range names {
		dm, md := counts[2*i], counts[2*i+1]
		switch {
		case md > 0 && dm == 0:
			orders[n] = orderMonthFirst
		case md > 0 && dm > 0:
			orders[n] = orderMixed
		}
	}
	return orders, nil
}

// orderNotes says, for the batch's summary, which columns were read month
// first or could not be decided.
func orderNotes(orders map[string]string, k Kind) []string {
	var notes []string
	for _, fd := range k.Fields {
		switch orders[fd.Name] {
		case orderMonthFirst:
			notes = append(notes, fmt.Sprintf("%s: read month first (MM/DD/YYYY): some values such as 12/31 can only be month first", fd.Name))
		case orderMixed:
			notes = append(notes, fmt.Sprintf("%s: holds both day-first (31/12) and month-first (12/31) dates; values that read both ways (03/04) are quarantined", fd.Name))
		}
	}
	return notes
}
