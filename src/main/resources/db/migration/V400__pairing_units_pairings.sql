-- 联点共建 — units paired with communities for a year: report-ins and visits, needs, plans, investments, thanks.
create sequence pairing_unit_seq start with 1 increment by 50;
create table pairing_unit (
    id           bigint primary key,
    name         varchar(100) not null,
    type         varchar(24) not null,
    leader_name  varchar(50),
    leader_title varchar(100),
    phone        varchar(30),
    region_id    bigint not null,
    region_path  varchar(400) not null,
    created_at   timestamp with time zone not null,
    version      bigint not null,
    constraint pairing_unit_name_uk unique (name)
);
create index pairing_unit_region_idx on pairing_unit (region_path);

create table pairing_unit_liaison (
    unit_id bigint not null references pairing_unit (id),
    user_id bigint not null,
    primary key (unit_id, user_id)
);
create index pairing_unit_liaison_user_idx on pairing_unit_liaison (user_id);

create sequence pairing_seq start with 1 increment by 50;
create table pairing (
    id           bigint primary key,
    unit_id      bigint not null references pairing_unit (id),
    community_id bigint not null,
    pairing_year int not null,
    region_id    bigint not null,
    region_path  varchar(400) not null,
    created_at   timestamp with time zone not null,
    version      bigint not null,
    constraint pairing_uk unique (unit_id, community_id, pairing_year)
);
create index pairing_year_region_idx on pairing (pairing_year, region_path);
create index pairing_community_idx on pairing (community_id, pairing_year);

create sequence pairing_visit_seq start with 1 increment by 50;
create table pairing_visit (
    id                bigint primary key,
    pairing_id        bigint not null references pairing (id),
    kind              varchar(16) not null,
    visit_date        date not null,
    leader_present    boolean not null,
    leader_name       varchar(50),
    participants      int not null,
    participant_names varchar(500),
    discussed         varchar(4000) not null,
    photos            varchar(2000),
    recorded_by       varchar(64) not null,
    recorded_at       timestamp with time zone not null,
    region_id         bigint not null,
    region_path       varchar(400) not null,
    constraint pairing_visit_participants_ck check (participants >= 1)
);
create index pairing_visit_pairing_idx on pairing_visit (pairing_id, visit_date);
create index pairing_visit_region_idx on pairing_visit (region_path, visit_date);

create sequence pairing_need_seq start with 1 increment by 50;
create table pairing_need (
    id                 bigint primary key,
    community_id       bigint not null,
    title              varchar(200) not null,
    description        varchar(4000),
    category           varchar(32) not null,
    source             varchar(16) not null,
    status             varchar(16) not null,
    address            varchar(200),
    lat                double precision,
    lng                double precision,
    reported_by        varchar(64) not null,
    reported_at        timestamp with time zone not null,
    visit_id           bigint references pairing_visit (id),
    claimed_pairing_id bigint references pairing (id),
    claimed_unit_id    bigint references pairing_unit (id),
    claimed_at         timestamp with time zone,
    case_id            bigint,
    case_status        varchar(32),
    escalated_at       timestamp with time zone,
    resolved_at        timestamp with time zone,
    resolution         varchar(2000),
    region_id          bigint not null,
    region_path        varchar(400) not null,
    version            bigint not null
);
create index pairing_need_region_idx on pairing_need (region_path, status);
create index pairing_need_unit_idx on pairing_need (claimed_unit_id, status);

create sequence pairing_plan_seq start with 1 increment by 50;
create table pairing_plan (
    id              bigint primary key,
    pairing_id      bigint not null references pairing (id),
    current_version int not null,
    region_id       bigint not null,
    region_path     varchar(400) not null,
    version         bigint not null,
    constraint pairing_plan_pairing_uk unique (pairing_id)
);

create sequence pairing_plan_version_seq start with 1 increment by 50;
create table pairing_plan_version (
    id                    bigint primary key,
    plan_id               bigint not null references pairing_plan (id),
    number                int not null,
    title                 varchar(200) not null,
    content               varchar(8000),
    budget                numeric(14, 2) not null,
    change_note           varchar(1000),
    agreed_with_community boolean not null,
    created_by            varchar(64) not null,
    created_at            timestamp with time zone not null,
    region_path           varchar(400) not null,
    constraint pairing_plan_version_uk unique (plan_id, number)
);

create table pairing_plan_item (
    plan_version_id bigint not null references pairing_plan_version (id),
    position        int not null,
    title           varchar(300) not null,
    budget          numeric(14, 2) not null,
    due_on          date,
    primary key (plan_version_id, position)
);

create sequence pairing_investment_seq start with 1 increment by 50;
create table pairing_investment (
    id          bigint primary key,
    pairing_id  bigint not null references pairing (id),
    invested_on date not null,
    amount      numeric(14, 2) not null,
    purpose     varchar(500) not null,
    recorded_by varchar(64) not null,
    recorded_at timestamp with time zone not null,
    region_id   bigint not null,
    region_path varchar(400) not null,
    constraint pairing_investment_amount_ck check (amount > 0)
);
create index pairing_investment_pairing_idx on pairing_investment (pairing_id, invested_on);

create sequence pairing_thanks_seq start with 1 increment by 50;
create table pairing_thanks (
    id          bigint primary key,
    pairing_id  bigint not null references pairing (id),
    received_on date not null,
    kind        varchar(16) not null,
    quantity    int not null,
    from_whom   varchar(200) not null,
    words       varchar(200),
    recorded_by varchar(64) not null,
    recorded_at timestamp with time zone not null,
    region_id   bigint not null,
    region_path varchar(400) not null
);
create index pairing_thanks_pairing_idx on pairing_thanks (pairing_id);
