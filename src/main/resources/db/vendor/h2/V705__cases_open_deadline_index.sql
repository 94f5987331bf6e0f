-- PostgreSQL indexes the open cases by deadline with a partial index (see db/vendor/postgresql/V705). H2 has no
-- partial indexes; its databases are small and (status, deadline) from V200 serves the same queries.
select 1;
