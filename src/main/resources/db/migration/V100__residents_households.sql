-- Residents and care: households, residents with care tags, and the grid workers' visits (走访记录).
-- ID numbers, phones and health notes hold only AES-GCM ciphertext (v1:...); id_number_hash is an
-- HMAC-SHA256 of the normalised ID number, for exact lookup and uniqueness without decrypting.
create sequence household_seq start with 1 increment by 50;

create table household (
    id           bigint primary key,
    address      varchar(200) not null,
    compound_id  bigint references region (id),
    grid_id      bigint not null references region (id),
    region_id    bigint not null references region (id),
    region_path  varchar(400) not null,
    notes        varchar(1000),
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      bigint not null
);
create index household_region_idx on household (region_path, address);
create index household_grid_idx on household (grid_id);

create sequence resident_seq start with 1 increment by 50;

create table resident (
    id               bigint primary key,
    household_id     bigint not null references household (id),
    name             varchar(50) not null,
    gender           varchar(8) not null,
    birth_date       date,
    id_number_enc    varchar(200),
    id_number_hash   varchar(64),
    phone_enc        varchar(200),
    health_notes_enc varchar,
    notes            varchar(2000),
    user_id          bigint references user_account (id),
    grid_id          bigint not null references region (id),
    region_id        bigint not null references region (id),
    region_path      varchar(400) not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint not null,
    constraint resident_id_number_uk unique (id_number_hash),
    constraint resident_user_uk unique (user_id)
);
create index resident_region_idx on resident (region_path, name);
create index resident_grid_idx on resident (grid_id, name);
create index resident_household_idx on resident (household_id);

create table resident_care_tag (
    resident_id bigint not null references resident (id) on delete cascade,
    tag         varchar(32) not null,
    primary key (resident_id, tag)
);
create index resident_care_tag_tag_idx on resident_care_tag (tag, resident_id);

create sequence visit_seq start with 1 increment by 50;

create table visit (
    id               bigint primary key,
    household_id     bigint not null references household (id),
    resident_id      bigint references resident (id),
    visited_at       timestamp with time zone not null,
    visitor_id       bigint not null references user_account (id),
    visitor_name     varchar(100) not null,
    findings         varchar(2000) not null,
    follow_up_needed boolean not null,
    follow_up        varchar(1000),
    photo            varchar(64),
    region_id        bigint not null references region (id),
    region_path      varchar(400) not null,
    created_at       timestamp with time zone not null
);
create index visit_resident_idx on visit (resident_id, visited_at);
create index visit_household_idx on visit (household_id, visited_at);
create index visit_region_idx on visit (region_path, visited_at);
