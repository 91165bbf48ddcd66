package ingest

//go:generate go run ./internal/fixturegen -out ../testdata/ingest
