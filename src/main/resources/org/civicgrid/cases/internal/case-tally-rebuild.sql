-- Recounts case_tally from case_file (after a bulk load that bypassed the workflow). Same rows as V702.
delete from case_tally;
insert into case_tally (region_path, dim, val, n)
select region_path, 'status', status, count(*) from case_file group by region_path, status;
insert into case_tally (region_path, dim, val, n)
select region_path, 'category', category_code, count(*) from case_file group by region_path, category_code;
insert into case_tally (region_path, dim, val, n)
select region_path, 'source', source, count(*) from case_file group by region_path, source;
insert into case_tally (region_path, dim, val, n)
select region_path, 'supervised', 'open', count(*) from case_file
where supervision_count > 0 and status in ('REPORTED', 'REGISTERED', 'DISPATCHED', 'HANDLED', 'VERIFIED')
group by region_path;
