-- Case figures kept exact by every transition (cases.internal.CaseTallies), so the dashboard reads a few
-- rows per region instead of counting every case: one row per (region path of the case, dimension, value).
-- Dimensions: status, category, source, and 'supervised' (open cases that have been supervised).
create table case_tally (
    region_path varchar(400) not null,
    dim         varchar(16)  not null,
    val         varchar(80)  not null,
    n           bigint       not null,
    constraint case_tally_pk primary key (region_path, dim, val)
);
create index case_tally_dim_idx on case_tally (dim, region_path);

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
