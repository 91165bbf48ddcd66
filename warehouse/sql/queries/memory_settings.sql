-- The memory settings DuckDB runs with, as it reports them (warehouse.Settings).
SELECT current_setting('memory_limit'),
       current_setting('threads'),
       current_setting('temp_directory'),
       current_setting('max_temp_directory_size');
