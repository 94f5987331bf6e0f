-- 水质监测 — monitoring sections on segments and their samples, each classified per GB 3838-2002
-- and graded per the 2015 urban black-odorous water guideline.

create sequence river_section_seq start with 1 increment by 50;
create table river_section (
    id              bigint primary key,
    segment_id      bigint not null references river_segment (id),
    water_body_id   bigint not null references river_water_body (id),
    code            varchar(40) not null,
    name            varchar(100) not null,
    target_class    varchar(20),
    lat             double precision not null,
    lng             double precision not null,
    latest_class    varchar(20),
    latest_grade    varchar(20),
    latest_at       timestamp with time zone,
    region_id       bigint not null,
    region_path     varchar(400) not null,
    version         bigint not null,
    constraint river_section_code_uq unique (code)
);
create index river_section_region_idx on river_section (region_path);
create index river_section_body_idx on river_section (water_body_id);

create sequence river_sample_seq start with 1 increment by 50;
create table river_sample (
    id               bigint primary key,
    section_id       bigint not null references river_section (id),
    sampled_at       timestamp with time zone not null,
    ph               double precision,
    dissolved_oxygen double precision,
    codmn            double precision,
    cod              double precision,
    bod5             double precision,
    nh3n             double precision,
    tp               double precision,
    tn               double precision,
    transparency_cm  double precision,
    orp_mv           double precision,
    water_class      varchar(20) not null,
    limiting         varchar(200),
    odour_grade      varchar(20),
    recorded_by      varchar(64) not null,
    constraint river_sample_time_uq unique (section_id, sampled_at)
);
create index river_sample_section_idx on river_sample (section_id, sampled_at);
