package ingest

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"kinerja/warehouse"
)

// fileDuplicates finds the rows of a batch whose key (Kind.FileKey) an
// earlier line of the same file already has, into kn_dup (sql/dup_keys.sql);
// it says whether there are any. A cheap count runs first, so a file without
// duplicates costs one hash aggregate.
func fileDuplicates(ctx context.Context, conn *sql.Conn, k Kind, present map[string]bool) (bool, error) {
	if len(k.FileKey) == 0 {
		return false, nil
	}
	var keys, notNull, row []string
	for _, f := range k.FileKey {
		if !present[f] {
			return false, nil
		}
		in := warehouse.QuoteIdent("in_" + f)
		keys = append(keys, "trim("+in+")")
		notNull = append(notNull, "nullif(trim("+in+"), '') IS NOT NULL")
	}
	for _, fd := range k.Fields {
		if present[fd.Name] {
			in := warehouse.QuoteIdent("in_" + fd.Name)
			row = append(row, in+" := "+in)
		}
	}
	keyList, cond := strings.Join(keys, ", "), strings.Join(notNull, " AND ")
	var n int64
	if err := conn.QueryRowContext(ctx, fmt.Sprintf(mustSQL("dup_count.sql"), keyList, cond)).Scan(&n); err != nil {
		return false, err
	}
	if n == 0 {
		return false, nil
	}
	rowText := "CAST(to_json(struct_pack(" + strings.Join(row, ", ") + ")) AS VARCHAR)"
	q := fmt.Sprintf(mustSQL("dup_keys.sql"), k.FileKey[len(k.FileKey)-1], strings.Join(k.FileKey, " + "), keyList, cond, rowText)
	if _, err := conn.ExecContext(ctx, q); err != nil {
		return false, err
	}
	return true, nil
}
