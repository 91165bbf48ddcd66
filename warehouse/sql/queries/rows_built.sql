-- Rows in the core and mart tables (DuckDB's table statistics), what a
-- transform leaves built.
SELECT coalesce(sum(estimated_size), 0) FROM duckdb_tables()
WHERE database_name = current_database() AND schema_name IN ('core', 'mart') AND NOT temporary
