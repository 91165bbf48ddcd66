-- Undoes sql/session.sql: DuckDB's defaults again for the connection.
RESET preserve_insertion_order;
RESET asof_loop_join_threshold;
