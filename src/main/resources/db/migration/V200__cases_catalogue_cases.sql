-- 事件处置 — casework: the 部件/事件 catalogue, departments, routing rules, the working calendar,
-- cases and their steps. Reference data (catalogue, departments, calendar) is seeded in V201–V203;
-- seed rows take ids below each sequence's start, so rows added later never collide.

-- The two-level catalogue (CJ/T 315-2009 family, GB/T 30428): level 1 is a major class, level 2 the
-- category a case is filed under. Time limits are working hours per urgency; attributes are the extra
-- fields (Open311 service definition) as a JSON array.
create sequence case_category_seq start with 1000 increment by 50;
create table case_category (
    id                bigint primary key,
    code              varchar(80) not null,
    parent_code       varchar(80),
    kind              varchar(16) not null,
    category_level    int not null,
    standard_code     varchar(16),
    name              varchar(100) not null,
    name_en           varchar(100) not null,
    description       varchar(1000),
    filing_condition  varchar(1000),
    closing_condition varchar(1000),
    hours_normal      int not null,
    hours_urgent      int not null,
    hours_emergency   int not null,
    attributes_json   varchar,
    active            boolean not null,
    sort_order        int not null,
    version           bigint not null,
    constraint case_category_code_uq unique (code)
);
create index case_category_parent_idx on case_category (parent_code);
create index case_category_standard_idx on case_category (standard_code);

-- Other codes that mean a category: codes other modules publish (enforcement's 'street-order.*',
-- the standard number 'E0601'), kept so that every CaseRequest resolves.
create table case_category_alias (
    alias         varchar(80) primary key,
    category_code varchar(80) not null
);

-- 专业部门 — the departments and units cases are dispatched to.
create sequence case_department_seq start with 1000 increment by 50;
create table case_department (
    id      bigint primary key,
    code    varchar(40) not null,
    name    varchar(100) not null,
    name_en varchar(100) not null,
    active  boolean not null,
    version bigint not null,
    constraint case_department_code_uq unique (code)
);

-- Routing: category (null = any) in a region (null = everywhere) goes to a department; the most specific
-- region wins, then the exact category over a catch-all.
create sequence case_routing_rule_seq start with 1000 increment by 50;
create table case_routing_rule (
    id            bigint primary key,
    category_code varchar(80),
    region_id     bigint,
    region_path   varchar(400),
    department_id bigint not null,
    version       bigint not null
);
create index case_routing_rule_category_idx on case_routing_rule (category_code);

-- 工作日历 — exceptions to "Monday to Friday are workdays": public holidays (workday false) and make-up
-- workdays on a weekend (调休, workday true).
create table case_calendar_day (
    calendar_day date primary key,
    workday boolean not null,
    note    varchar(100) not null
);

create sequence case_file_seq start with 1 increment by 50;
create table case_file (
    id                    bigint primary key,
    category_code         varchar(80) not null,
    requested_code        varchar(80),
    description           varchar(4000) not null,
    lat                   double precision,
    lng                   double precision,
    address               varchar(300),
    grid_id               bigint,
    community_id          bigint,
    street_id             bigint,
    district_id           bigint,
    region_id             bigint not null,
    region_path           varchar(400) not null,
    source                varchar(20) not null,
    source_ref            varchar(120),
    urgency               varchar(16) not null,
    status                varchar(16) not null,
    reporter_id           bigint,
    reporter_username     varchar(64),
    reporter_name         varchar(100),
    anonymous             boolean not null,
    photos                varchar(2000),
    attributes_json       varchar(2000),
    reported_at           timestamp with time zone not null,
    deadline              timestamp with time zone not null,
    due_soon_flagged_at   timestamp with time zone,
    department_id         bigint,
    department_name       varchar(100),
    dispatched_at         timestamp with time zone,
    handled_at            timestamp with time zone,
    closed_at             timestamp with time zone,
    closed_on_time        boolean,
    handling_minutes      bigint,
    handled_count         int not null,
    rework_count          int not null,
    supervision_count     int not null,
    supervision_region_id bigint,
    supervised_at         timestamp with time zone,
    duplicate_of_id       bigint,
    merged_into_id        bigint,
    rating                int,
    rating_comment        varchar(500),
    rated_at              timestamp with time zone,
    open311_token         varchar(40),
    updated_at            timestamp with time zone not null,
    version               bigint not null,
    constraint case_file_token_uq unique (open311_token)
);
create index case_file_scope_idx on case_file (region_path, status);
create index case_file_status_deadline_idx on case_file (status, deadline);
create index case_file_category_idx on case_file (category_code, status, reported_at);
create index case_file_reported_idx on case_file (reported_at, region_path);
create index case_file_grid_idx on case_file (grid_id, status);
create index case_file_reporter_idx on case_file (reporter_id, reported_at);
create index case_file_source_ref_idx on case_file (source_ref);
create index case_file_department_idx on case_file (department_id, reported_at);
create index case_file_updated_idx on case_file (updated_at);

-- Every step is appended, never edited: who, in which role, when, what, with which photos.
create sequence case_step_seq start with 1 increment by 50;
create table case_step (
    id                    bigint primary key,
    case_id               bigint not null,
    action                varchar(20) not null,
    from_status           varchar(16),
    to_status             varchar(16) not null,
    actor_id              bigint,
    actor_username        varchar(64) not null,
    actor_name            varchar(100),
    actor_role            varchar(30),
    step_at               timestamp with time zone not null,
    step_comment          varchar(2000),
    photos                varchar(2000),
    department_id         bigint,
    department_name       varchar(100),
    supervision_region_id bigint,
    constraint case_step_case_fk foreign key (case_id) references case_file (id)
);
create index case_step_case_idx on case_step (case_id, id);
