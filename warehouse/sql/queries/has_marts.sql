-- Tables in the mart schema: none until the first transform commits.
SELECT count(*) FROM information_schema.tables WHERE table_schema = 'mart'
