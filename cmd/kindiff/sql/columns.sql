-- The columns of one relation ($1 alias, $2 schema, $3 name), in order.
SELECT column_name, data_type FROM duckdb_columns()
WHERE database_name = $1 AND schema_name = $2 AND table_name = $3
ORDER BY column_index;
