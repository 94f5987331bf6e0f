-- Users, their roles, and sign-in bookkeeping (failed attempts, locks).
create sequence user_account_seq start with 1 increment by 50;

create table user_account (
    id              bigint primary key,
    username        varchar(64) not null,
    password_hash   varchar(200) not null,
    display_name    varchar(100) not null,
    region_id       bigint not null references region (id),
    region_path     varchar(400) not null,
    enabled         boolean not null,
    failed_attempts int not null,
    locked_until    timestamp with time zone,
    last_login_at   timestamp with time zone,
    created_at      timestamp with time zone not null,
    version         bigint not null,
    constraint user_account_username_uk unique (username)
);
create index user_account_region_idx on user_account (region_path);
create index user_account_region_id_idx on user_account (region_id);

create table user_role (
    user_id bigint not null references user_account (id) on delete cascade,
    role    varchar(32) not null,
    primary key (user_id, role)
);
create index user_role_role_idx on user_role (role, user_id);
