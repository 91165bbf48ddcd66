-- Rows of one relation ({{rel}}: alias.schema.name).
SELECT count(*) FROM {{rel}};
