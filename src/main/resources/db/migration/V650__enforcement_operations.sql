-- 联合执法 — joint enforcement: the violation catalogue, roads, operations and their tallies.

-- Violation types are data that officials edit; the first ones come from the 2023 civilized-city
-- campaign (株洲日报, 9 May 2023: 第五次创文联合执法). Seed rows take ids below the sequence's start.
create sequence enforcement_violation_type_seq start with 1000 increment by 50;
create table enforcement_violation_type (
    id                 bigint primary key,
    code               varchar(40) not null,
    name_zh            varchar(100) not null,
    name_en            varchar(100) not null,
    default_action     varchar(20) not null,
    case_category_code varchar(100),
    sort_order         int not null,
    active             boolean not null,
    version            bigint not null,
    constraint enforcement_violation_type_code_uq unique (code)
);

insert into enforcement_violation_type (id, code, name_zh, name_en, default_action, case_category_code, sort_order, active, version) values
    (1,  'NO_HELMET',       '未戴头盔',          'No helmet (e-bike or motorcycle)',   'FINED',          'street-order.no-helmet',            10,  true, 0),
    (2,  'SUNSHADE',        '拆除遮阳伞',        'Sunshades removed',                  'REMOVED',        'city-appearance.sunshade',          20,  true, 0),
    (3,  'EBIKE_PARKING',   '规范停放电动车',    'E-bikes and motorcycles re-parked',  'WARNED',         'street-order.non-motor-parking',    30,  true, 0),
    (4,  'STREET_VENDOR',   '劝离占道经营',      'Street vendors moved on',            'WARNED',         'street-order.street-vending',       40,  true, 0),
    (5,  'SHOP_SPILLOVER',  '出店经营/乱堆乱摆', 'Shops spilling onto the pavement',   'WARNED',         'street-order.shop-spillover',       50,  true, 0),
    (6,  'TAXI',            '纠正出租车违规',    'Taxis corrected',                    'WARNED',         'street-order.taxi-violation',       60,  true, 0),
    (7,  'UNLEASHED_DOG',   '未牵绳养犬',        'Dogs walked without a leash',        'WARNED',         'street-order.uncivil-dog-keeping',  70,  true, 0),
    (8,  'ARCADE_MACHINE',  '门口摆放游戏机',    'Arcade machines outside shops',      'ORDERED_TO_FIX', 'street-order.arcade-machine',       80,  true, 0),
    (9,  'ILLEGAL_PARKING', '机动车违停',        'Cars parked illegally',              'WARNED',         'street-order.illegal-parking',      90,  true, 0),
    (10, 'ILLEGAL_ADS',     '乱贴小广告',        'Illegal flyers and posters',         'REMOVED',        'city-appearance.illegal-ads',       100, true, 0);

-- Roads where operations take place, with an approximate line (or point) so hot spots can be mapped.
create sequence enforcement_road_seq start with 1 increment by 50;
create table enforcement_road (
    id               bigint primary key,
    name             varchar(100) not null,
    region_id        bigint not null,
    region_path      varchar(400) not null,
    geometry_geojson varchar,
    center_lat       double precision,
    center_lng       double precision,
    created_at       timestamp with time zone not null,
    version          bigint not null,
    constraint enforcement_road_name_uq unique (region_id, name)
);
create index enforcement_road_region_idx on enforcement_road (region_path);

create sequence enforcement_operation_seq start with 1 increment by 50;
create table enforcement_operation (
    id                    bigint primary key,
    operation_number      varchar(100) not null,
    operation_date        date not null,
    region_id             bigint not null,
    region_path           varchar(400) not null,
    lead_officer_id       bigint not null,
    lead_officer_username varchar(64) not null,
    lead_officer_name     varchar(100) not null,
    notes                 varchar(2000),
    recorded_by           varchar(64) not null,
    recorded_at           timestamp with time zone not null,
    version               bigint not null,
    constraint enforcement_operation_number_uq unique (region_id, operation_number)
);
create index enforcement_operation_region_idx on enforcement_operation (region_path, operation_date);
create index enforcement_operation_date_idx on enforcement_operation (operation_date);

create table enforcement_operation_road (
    operation_id bigint not null references enforcement_operation (id) on delete cascade,
    road_id      bigint not null references enforcement_road (id),
    primary key (operation_id, road_id)
);
create index enforcement_operation_road_road_idx on enforcement_operation_road (road_id);

create table enforcement_operation_department (
    operation_id bigint not null references enforcement_operation (id) on delete cascade,
    sort_index   int not null,
    name         varchar(100) not null,
    primary key (operation_id, sort_index)
);

-- One line of an operation's tally: a count of one violation type, on one road or (road_id null)
-- across the operation's roads, and what was done about it. Follow-up fields mirror the case that
-- casework opened for the line (never edited here by hand).
create sequence enforcement_tally_line_seq start with 1 increment by 50;
create table enforcement_tally_line (
    id                     bigint primary key,
    operation_id           bigint not null references enforcement_operation (id) on delete cascade,
    violation_type_id      bigint not null references enforcement_violation_type (id),
    road_id                bigint references enforcement_road (id),
    quantity               int not null,
    action                 varchar(20) not null,
    note                   varchar(500),
    follow_up_status       varchar(20) not null,
    follow_up_requested_at timestamp with time zone,
    follow_up_requested_by varchar(64),
    case_id                bigint,
    case_status            varchar(40),
    case_updated_at        timestamp with time zone,
    recorded_at            timestamp with time zone not null,
    version                bigint not null,
    constraint enforcement_tally_line_quantity_ck check (quantity >= 0)
);
create index enforcement_tally_line_operation_idx on enforcement_tally_line (operation_id);
create index enforcement_tally_line_type_idx on enforcement_tally_line (violation_type_id);
create index enforcement_tally_line_road_idx on enforcement_tally_line (road_id);
