-- 治理项目与专项行动 — remediation projects (black-odorous water, township sewage plants, small reservoir
-- reinforcement) with dated notes; campaigns with tallies and targets; the 4+1 joint patrol rota.

create sequence river_project_seq start with 1 increment by 50;
create table river_project (
    id              bigint primary key,
    project_type    varchar(40) not null,
    name            varchar(200) not null,
    build_kind      varchar(20),
    plan_year       int not null,
    deadline        date,
    stage           varchar(30) not null,
    progress_pct    int not null,
    funding         varchar(20) not null,
    level_label     varchar(20),
    region_id       bigint not null,
    region_path     varchar(400) not null,
    version         bigint not null
);
create index river_project_region_idx on river_project (region_path, project_type);

create sequence river_project_note_seq start with 1 increment by 50;
create table river_project_note (
    id          bigint primary key,
    project_id  bigint not null references river_project (id),
    noted_on    date not null,
    body        varchar(2000) not null,
    author      varchar(64) not null
);
create index river_project_note_idx on river_project_note (project_id, noted_on);

create sequence river_campaign_seq start with 1 increment by 50;
create table river_campaign (
    id           bigint primary key,
    name         varchar(200) not null,
    description  varchar(2000),
    started_on   date,
    ended_on     date,
    region_id    bigint not null,
    region_path  varchar(400) not null,
    version      bigint not null
);
create index river_campaign_region_idx on river_campaign (region_path);

-- A tally (kind TALLY: value counted so far) or a target (kind TARGET: value reached and target, in %).
create sequence river_campaign_figure_seq start with 1 increment by 50;
create table river_campaign_figure (
    id           bigint primary key,
    campaign_id  bigint not null references river_campaign (id),
    kind         varchar(10) not null,
    label        varchar(200) not null,
    figure_value numeric(12,2) not null,
    target       numeric(12,2),
    unit         varchar(20),
    sort_order   int not null
);
create index river_campaign_figure_idx on river_campaign_figure (campaign_id);

-- 4+1 轮值巡查: water, environment, maritime and fishery take turns leading; police join every turn.
create sequence river_rota_seq start with 1 increment by 50;
create table river_rota_turn (
    id            bigint primary key,
    week_start    date not null,
    lead_agency   varchar(40) not null,
    partner       varchar(40) not null,
    reach         varchar(200) not null,
    region_id     bigint not null,
    region_path   varchar(400) not null,
    constraint river_rota_week_uq unique (region_id, week_start)
);
create index river_rota_region_idx on river_rota_turn (region_path, week_start);
