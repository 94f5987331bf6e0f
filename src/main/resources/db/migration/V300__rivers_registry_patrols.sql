-- 河长制 — river chiefs: the registry (一河一档), chiefs and their segments, patrols with track points,
-- duty rules, and the problems patrols find (each handed to casework as a case).

create sequence river_water_body_seq start with 1 increment by 50;
create table river_water_body (
    id           bigint primary key,
    code         varchar(40) not null,
    name         varchar(100) not null,
    body_type    varchar(20) not null,
    length_km    numeric(10,2),
    area_km2     numeric(10,3),
    basin        varchar(100),
    description  varchar(2000),
    region_id    bigint not null,
    region_path  varchar(400) not null,
    created_at   timestamp with time zone not null,
    version      bigint not null,
    constraint river_water_body_code_uq unique (code)
);
create index river_water_body_region_idx on river_water_body (region_path);

create sequence river_segment_seq start with 1 increment by 50;
create table river_segment (
    id               bigint primary key,
    water_body_id    bigint not null references river_water_body (id),
    name             varchar(100) not null,
    length_km        numeric(10,2),
    geometry_geojson varchar,
    center_lat       double precision,
    center_lng       double precision,
    region_id        bigint not null,
    region_path      varchar(400) not null,
    version          bigint not null,
    constraint river_segment_name_uq unique (water_body_id, name)
);
create index river_segment_region_idx on river_segment (region_path);
create index river_segment_body_idx on river_segment (water_body_id);

-- A chief is a person with a post; username links an account when the chief signs in (hezhang-city).
create sequence river_chief_seq start with 1 increment by 50;
create table river_chief (
    id           bigint primary key,
    name         varchar(100) not null,
    chief_level  varchar(20) not null,
    position     varchar(200),
    username     varchar(64),
    region_id    bigint not null,
    region_path  varchar(400) not null,
    since        date not null,
    created_at   timestamp with time zone not null,
    version      bigint not null
);
create index river_chief_region_idx on river_chief (region_path, chief_level);
create index river_chief_username_idx on river_chief (username);

-- One chief per level on a segment: duty_level is the chief's level for the four official levels and null
-- for civilian chiefs, so the unique constraint allows many civilian chiefs (nulls are distinct).
create sequence river_chief_assignment_seq start with 1 increment by 50;
create table river_chief_assignment (
    id           bigint primary key,
    segment_id   bigint not null references river_segment (id),
    chief_id     bigint not null references river_chief (id),
    duty_level   varchar(20),
    assigned_on  date not null,
    constraint river_assignment_level_uq unique (segment_id, duty_level),
    constraint river_assignment_chief_uq unique (segment_id, chief_id)
);
create index river_assignment_chief_idx on river_chief_assignment (chief_id);

-- Patrol duty per level, as data (the published provincial rule is in DOMAIN.md; local rules vary).
create table river_duty_rule (
    chief_level   varchar(20) primary key,
    every_period  varchar(10) not null,
    min_minutes   int not null,
    source        varchar(400) not null,
    version       bigint not null
);
insert into river_duty_rule (chief_level, every_period, min_minutes, source, version) values
    ('VILLAGE',  'P7D',  30, '村级河长每周至少巡河一次 (local rule; cf. Hunan: village ≥ 1/week)', 0),
    ('TOWNSHIP', 'P14D', 30, '乡级河长每两周至少巡河一次 (local rule; Hunan: township ≥ 1/month)', 0),
    ('COUNTY',   'P1M',  30, '县级河长每月至少巡河一次 (local rule; Hunan: county ≥ 1/quarter)', 0),
    ('CITY',     'P3M',  30, '市级河长每季度至少巡河一次 (local rule; Hunan: city ≥ 1 per half-year)', 0);

create sequence river_patrol_seq start with 1 increment by 50;
create table river_patrol (
    id                 bigint primary key,
    chief_id           bigint not null references river_chief (id),
    segment_id         bigint not null references river_segment (id),
    region_id          bigint not null,
    region_path        varchar(400) not null,
    status             varchar(20) not null,
    started_at         timestamp with time zone not null,
    ended_at           timestamp with time zone,
    duration_seconds   bigint,
    distance_metres    double precision,
    point_count        int not null,
    notes              varchar(4000),
    entered_afterwards boolean not null,
    recorded_by        varchar(64) not null,
    version            bigint not null
);
create index river_patrol_chief_idx on river_patrol (chief_id, started_at);
create index river_patrol_region_idx on river_patrol (region_path, started_at);
create index river_patrol_segment_idx on river_patrol (segment_id, started_at);

-- Track points: a batch sent twice never duplicates a point (one point per patrol and instant).
create sequence river_patrol_point_seq start with 1 increment by 50;
create table river_patrol_point (
    id           bigint primary key,
    patrol_id    bigint not null references river_patrol (id),
    recorded_at  timestamp with time zone not null,
    lat          double precision not null,
    lng          double precision not null,
    accuracy_m   double precision,
    constraint river_patrol_point_uq unique (patrol_id, recorded_at)
);

create sequence river_patrol_photo_seq start with 1 increment by 50;
create table river_patrol_photo (
    id           bigint primary key,
    patrol_id    bigint not null references river_patrol (id),
    file_name    varchar(200) not null,
    caption      varchar(500),
    uploaded_at  timestamp with time zone not null
);
create index river_patrol_photo_patrol_idx on river_patrol_photo (patrol_id);

create sequence river_problem_seq start with 1 increment by 50;
create table river_problem (
    id              bigint primary key,
    patrol_id       bigint references river_patrol (id),
    segment_id      bigint not null references river_segment (id),
    water_body_id   bigint not null references river_water_body (id),
    category_code   varchar(60) not null,
    description     varchar(2000) not null,
    area_m2         numeric(12,2),
    lat             double precision,
    lng             double precision,
    address         varchar(300),
    region_id       bigint not null,
    region_path     varchar(400) not null,
    found_at        timestamp with time zone not null,
    reported_by     varchar(64) not null,
    case_id         bigint,
    case_status     varchar(40),
    case_updated_at timestamp with time zone,
    closed          boolean not null,
    version         bigint not null
);
create index river_problem_region_idx on river_problem (region_path, closed);
create index river_problem_body_idx on river_problem (water_body_id, closed);
create index river_problem_segment_idx on river_problem (segment_id, closed);
