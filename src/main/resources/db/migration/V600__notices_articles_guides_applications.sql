-- The community's public account: news and notices, service guides (办事指南), online applications (网上办事).
create sequence notice_article_seq start with 1 increment by 50;

create table notice_article (
    id           bigint primary key,
    region_id    bigint not null references region (id),
    region_path  varchar(400) not null,
    category     varchar(20) not null,
    title        varchar(200) not null,
    summary      varchar(500),
    -- Sanitised HTML only (jsoup safelist); never the text as typed.
    body_html    varchar not null,
    cover_image  varchar(64),
    status       varchar(16) not null,
    publish_at   timestamp with time zone,
    pinned       boolean not null,
    author       varchar(100),
    created_by   varchar(64) not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    -- When search last heard of this version (null: not yet, e.g. scheduled for later).
    announced_at timestamp with time zone,
    version      bigint not null
);
create index notice_article_public_idx on notice_article (region_path, status, publish_at);
create index notice_article_due_idx on notice_article (status, announced_at, publish_at);

create sequence service_guide_seq start with 1 increment by 50;

create table service_guide (
    id           bigint primary key,
    region_id    bigint not null references region (id),
    region_path  varchar(400) not null,
    title        varchar(200) not null,
    service_type varchar(40),
    summary      varchar(1000),
    materials    varchar(4000),
    location     varchar(300),
    hours        varchar(200),
    phone        varchar(40),
    steps        varchar(4000),
    updated_at   timestamp with time zone not null,
    version      bigint not null
);
create index service_guide_region_idx on service_guide (region_path);

create sequence service_application_seq start with 1 increment by 50;

create table service_application (
    id             bigint primary key,
    region_id      bigint not null references region (id),
    region_path    varchar(400) not null,
    service_type   varchar(40) not null,
    submitted_by   bigint not null references user_account (id),
    applicant_name varchar(100) not null,
    phone          varchar(40) not null,
    address        varchar(300),
    details        varchar(4000) not null,
    status         varchar(20) not null,
    submitted_at   timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    handled_by     varchar(64),
    outcome        varchar(1000),
    case_id        bigint,
    case_status    varchar(40),
    version        bigint not null
);
create index service_application_inbox_idx on service_application (region_path, status, submitted_at);
create index service_application_mine_idx on service_application (submitted_by, submitted_at);

create sequence service_application_step_seq start with 1 increment by 50;

create table service_application_step (
    id             bigint primary key,
    application_id bigint not null references service_application (id),
    happened_at    timestamp with time zone not null,
    actor          varchar(64) not null,
    action         varchar(30) not null,
    note           varchar(1000)
);
create index service_application_step_idx on service_application_step (application_id, happened_at);
