-- PostgreSQL recreates the region_path indexes with varchar_pattern_ops so LIKE prefixes use them in any
-- collation (see db/vendor/postgresql/V706). H2 uses its b-trees for LIKE prefixes as they are.
select 1;
