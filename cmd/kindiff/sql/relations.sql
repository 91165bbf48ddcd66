-- The relations of one attached warehouse ($1: its alias) in the schemas
-- compared ($2: comma-separated), with their kind: tables always; views when $3.
SELECT schema_name, table_name AS name, 'table' AS kind
FROM duckdb_tables() WHERE database_name = $1 AND list_contains(string_split($2, ','), schema_name)
UNION ALL
SELECT schema_name, view_name, 'view'
FROM duckdb_views() WHERE database_name = $1 AND list_contains(string_split($2, ','), schema_name) AND $3 AND NOT internal
ORDER BY 1, 2;
