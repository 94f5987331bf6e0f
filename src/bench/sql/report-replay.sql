-- The rows one report writes and the reads it makes, as the platform sends them (from pg_stat_statements of an
-- intake-api run), replayed by pgbench in one transaction without any server: how many reports a second the
-- database alone takes on this machine, as an order of magnitude (each statement here is a round trip of its
-- own, where the platform batches some). Left out: the event registry's three writes and two extra
-- transactions, and the figures' fold (about 13 figure updates a report, done once a second for all reports).
-- Run report-replay-setup.sql first; see docs/BENCHMARKS.md.
\set t random(1, 10000)
\set jitter random(-400, 400)
-- duplicate hint, the case, its first step, its audit entry, its figures' changes, who to notify, the routing
-- suggestion, and its search document (written after the commit by the platform, here in the same transaction)
select category_code as cat, lat + :jitter / 1e6 as lat, lng + :jitter / 1e6 as lng, community_id as community
 from bench_report_template where k = :t \gset
BEGIN;
select id, lat, lng, status from case_file where category_code = :cat and reported_at >= now() - interval '7 days'
   and lat between cast(:lat as float8) - 0.0009 and cast(:lat as float8) + 0.0009
   and lng between cast(:lng as float8) - 0.001 and cast(:lng as float8) + 0.001 limit 50;
insert into case_file (address, anonymous, attributes_json, category_code, community_id, deadline, description,
  district_id, grid_id, handled_count, handling_minutes, lat, lng, photos, region_id, region_path, reported_at,
  reporter_id, reporter_name, reporter_username, requested_code, rework_count, source, status, street_id,
  supervision_count, updated_at, urgency, version, id)
 select address, anonymous, attributes_json, category_code, community_id, now() + interval '3 days', description,
  district_id, grid_id, handled_count, handling_minutes, cast(:lat as float8), cast(:lng as float8), photos, region_id,
  region_path, now(), reporter_id, reporter_name, reporter_username, requested_code, rework_count, source, status,
  street_id, supervision_count, now(), urgency, 0, nextval('case_file_seq')
 from bench_report_template where k = :t;
insert into case_step (case_id, action, actor_id, actor_name, actor_role, actor_username, department_id,
  department_name, from_status, photos, step_at, step_comment, supervision_region_id, to_status, id)
 select currval('case_file_seq'), 'REPORT', reporter_id, reporter_name, 'GRID_WORKER', reporter_username, null, null,
  null, photos, now(), null, null, 'REPORTED', nextval('case_step_seq') from bench_report_template where k = :t;
insert into audit_entry (id, occurred_at, actor, action, entity_type, entity_id, region_path, summary, before_state,
  after_state)
 select nextval('audit_entry_seq'), now(), a.actor, 'INSERT', 'CaseFile', currval('case_file_seq')::text, t.region_path,
  a.summary, null, a.after_state from bench_audit_template a join bench_report_template t on t.k = a.k where a.k = :t limit 1;
insert into region_tally_change (topic, region_path, dim, val, d) select 'cases', region_path, 'status', 'REPORTED', 1 from bench_report_template where k = :t;
insert into region_tally_change (topic, region_path, dim, val, d) select 'cases', region_path, 'category', category_code, 1 from bench_report_template where k = :t;
insert into region_tally_change (topic, region_path, dim, val, d) select 'cases', region_path, 'source', source, 1 from bench_report_template where k = :t;
insert into region_tally_change (topic, region_path, dim, val, d) select 'cases', region_path, 'reported_on', to_char(now(), 'YYYY-MM-DD'), 1 from bench_report_template where k = :t;
insert into region_tally_change (topic, region_path, dim, val, d) select 'cases', region_path, 'open_due_on', to_char(now() + interval '3 days', 'YYYY-MM-DD'), 1 from bench_report_template where k = :t;

select u.id, u.created_at, u.display_name, u.enabled, u.failed_attempts, u.last_login_at, u.locked_until,
  u.password_hash, u.region_id, u.region_path, u.username, u.version
 from user_account u join user_role r on u.id = r.user_id
 where u.region_id = cast(:community as bigint) and r.role = 'COMMUNITY_WORKER' order by u.id;
select id, category_code, department_id, region_id, region_path, version from case_routing_rule
 where category_code = :cat or category_code is null;
select id, active, code, name, name_en, version from case_department where id = (select min(id) from case_department);
insert into search_document (kind, doc_id, region_path, title, body, url, title_norm, body_norm, updated_at,
  indexed_at, removed, title_tsv, tsv)
 select 'case', currval('case_file_seq')::text, region_path, title, body, url, title_norm, body_norm, now(), now(),
  false, title_tsv, tsv from bench_search_template where k = :t
 on conflict (kind, doc_id) do update set title = excluded.title, updated_at = excluded.updated_at
 where search_document.updated_at <= excluded.updated_at;
END;
