-- Whether the ledger has a live batch of this kind (?1) from this path (?2):
-- its file is then hashed before it is read (it may be unchanged), any other
-- file while it is read (onepass.go).
SELECT count(*) > 0 FROM meta.batches WHERE kind = ? AND path = ? AND replaced_by IS NULL;
