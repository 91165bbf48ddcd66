-- Up to {{n}} of the rows of {{a}} that {{b}} lacks, for the report.
SELECT * FROM (SELECT {{cols}} FROM {{a}} EXCEPT ALL SELECT {{cols}} FROM {{b}}) ORDER BY ALL LIMIT {{n}};
