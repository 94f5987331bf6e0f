-- Volunteers (志愿者), teams (志愿服务队), activities (志愿服务活动) and sign-ups with check-in/out and hours.
-- Service records follow the Ministry of Civil Affairs' 2020 volunteer-record rules: time, place, content, hours.
create sequence volunteer_seq start with 1 increment by 50;
create sequence volunteer_number_seq start with 1 increment by 1;

create table volunteer (
    id                  bigint primary key,
    user_id             bigint,
    resident_id         bigint,
    name                varchar(50) not null,
    id_type             varchar(24) not null,
    id_number           varchar(200),
    phone               varchar(200),
    volunteer_number    varchar(24) not null,
    skills              varchar(500),
    availability        varchar(500),
    party_member        boolean not null,
    unit_id             bigint,
    party_registered_on date,
    region_id           bigint not null,
    region_path         varchar(400) not null,
    registered_at       timestamp with time zone not null,
    version             bigint not null,
    constraint volunteer_number_uk unique (volunteer_number),
    constraint volunteer_user_uk unique (user_id)
);
create index volunteer_region_idx on volunteer (region_path);
create index volunteer_unit_idx on volunteer (unit_id);
create index volunteer_party_idx on volunteer (party_member, region_path);

create sequence volunteer_team_seq start with 1 increment by 50;
create table volunteer_team (
    id            bigint primary key,
    name          varchar(100) not null,
    kind          varchar(24) not null,
    unit_id       bigint,
    organisation  varchar(100) not null,
    leader_name   varchar(50),
    contact_phone varchar(30),
    region_id     bigint not null,
    region_path   varchar(400) not null,
    created_at    timestamp with time zone not null,
    version       bigint not null,
    constraint volunteer_team_name_uk unique (name, region_id)
);
create index volunteer_team_region_idx on volunteer_team (region_path);
create index volunteer_team_unit_idx on volunteer_team (unit_id);

create table volunteer_team_member (
    team_id      bigint not null references volunteer_team (id),
    volunteer_id bigint not null references volunteer (id),
    primary key (team_id, volunteer_id)
);
create index volunteer_team_member_volunteer_idx on volunteer_team_member (volunteer_id);

create sequence volunteer_activity_seq start with 1 increment by 50;
create table volunteer_activity (
    id                 bigint primary key,
    title              varchar(200) not null,
    type               varchar(32) not null,
    description        varchar(2000),
    place              varchar(200) not null,
    lat                double precision,
    lng                double precision,
    radius_m           int not null,
    starts_at          timestamp with time zone not null,
    ends_at            timestamp with time zone not null,
    capacity           int not null,
    signed_up          int not null,
    team_id            bigint references volunteer_team (id),
    organiser_user_id  bigint,
    organisation       varchar(100) not null,
    responsible_person varchar(50) not null,
    contact_phone      varchar(30) not null,
    status             varchar(16) not null,
    region_id          bigint not null,
    region_path        varchar(400) not null,
    created_by         varchar(64) not null,
    created_at         timestamp with time zone not null,
    version            bigint not null,
    -- sign-ups are counted with one atomic update; the database refuses to go past capacity
    constraint volunteer_activity_capacity_ck check (signed_up >= 0 and signed_up <= capacity),
    constraint volunteer_activity_time_ck check (ends_at > starts_at)
);
create index volunteer_activity_region_idx on volunteer_activity (region_path, starts_at);
create index volunteer_activity_type_idx on volunteer_activity (type, starts_at);

create sequence volunteer_sign_up_seq start with 1 increment by 50;
create table volunteer_sign_up (
    id                bigint primary key,
    activity_id       bigint not null references volunteer_activity (id),
    volunteer_id      bigint not null references volunteer (id),
    status            varchar(16) not null,
    signed_up_at      timestamp with time zone not null,
    checked_in_at     timestamp with time zone,
    check_in_method   varchar(16),
    checked_out_at    timestamp with time zone,
    check_out_method  varchar(16),
    service_minutes   int,
    correction_reason varchar(500),
    corrected_by      varchar(64),
    corrected_at      timestamp with time zone,
    region_id         bigint not null,
    region_path       varchar(400) not null,
    version           bigint not null,
    constraint volunteer_sign_up_uk unique (activity_id, volunteer_id)
);
create index volunteer_sign_up_volunteer_idx on volunteer_sign_up (volunteer_id, status);
create index volunteer_sign_up_checkin_idx on volunteer_sign_up (checked_in_at);

-- 志愿服务记录证明 — issued certificates, kept so a number can be verified later.
create sequence volunteer_certificate_seq start with 1 increment by 1;
create sequence volunteer_certificate_number_seq start with 1 increment by 1;
create table volunteer_certificate (
    id                 bigint primary key,
    number             varchar(32) not null,
    volunteer_id       bigint not null references volunteer (id),
    organisation       varchar(100) not null,
    responsible_person varchar(50) not null,
    contact_phone      varchar(30) not null,
    total_minutes      int not null,
    services           int not null,
    issued_on          date not null,
    issued_by          varchar(64) not null,
    region_id          bigint not null,
    region_path        varchar(400) not null,
    constraint volunteer_certificate_number_uk unique (number)
);
create index volunteer_certificate_volunteer_idx on volunteer_certificate (volunteer_id);

-- Service projects counted per day (e.g. the sanitation workers' breakfast project).
create sequence volunteer_project_seq start with 1 increment by 50;
create table volunteer_project (
    id            bigint primary key,
    name          varchar(200) not null,
    team_id       bigint references volunteer_team (id),
    description   varchar(2000),
    unit_label    varchar(20) not null,
    beneficiaries int not null,
    started_on    date not null,
    region_id     bigint not null,
    region_path   varchar(400) not null,
    created_at    timestamp with time zone not null,
    version       bigint not null
);
create index volunteer_project_region_idx on volunteer_project (region_path);

create table volunteer_project_day (
    project_id bigint not null references volunteer_project (id),
    served_on  date not null,
    servings   int not null,
    volunteers int not null,
    primary key (project_id, served_on),
    constraint volunteer_project_day_ck check (servings >= 0 and volunteers >= 0)
);
