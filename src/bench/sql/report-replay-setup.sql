-- Templates for report-replay.sql, taken from a database that has served an intake run (the load driver's
-- intake-api scenario): 10,000 of its reports with their search documents and audit entries.
-- Tables of their own (bench_*); the platform's tables are only read.
drop table if exists bench_report_template, bench_search_template, bench_audit_template;
create table bench_report_template as
  select row_number() over (order by id) as k, c.*
  from (select * from case_file where status = 'REPORTED' and source = 'GRID_WORKER' and reporter_username is not null
        order by id desc limit 10000) c;
alter table bench_report_template add primary key (k);
create table bench_search_template as
  select t.k, s.region_path, s.title, s.body, s.url, s.title_norm, s.body_norm, s.title_tsv, s.tsv
  from bench_report_template t join search_document s on s.kind = 'case' and s.doc_id = t.id::text;
alter table bench_search_template add primary key (k);
create table bench_audit_template as
  select t.k, a.actor, a.summary, a.after_state
  from bench_report_template t join audit_entry a on a.entity_type = 'CaseFile' and a.entity_id = t.id::text
   and a.action = 'INSERT';
create index on bench_audit_template (k);
select (select count(*) from bench_report_template) as reports, (select count(*) from bench_search_template) as documents,
       (select count(*) from bench_audit_template) as audit_entries;
