-- The psychological counselling room (心理咨询室): counsellors, their slots, bookings and counsellors' notes.
create sequence counsellor_seq start with 1 increment by 50;

create table counsellor (
    id            bigint primary key,
    user_id       bigint not null references user_account (id),
    display_name  varchar(100) not null,
    qualification varchar(60) not null,
    region_id     bigint not null references region (id),
    region_path   varchar(400) not null,
    active        boolean not null,
    constraint counsellor_user_uk unique (user_id)
);
create index counsellor_region_idx on counsellor (region_path);

create sequence counselling_slot_seq start with 1 increment by 50;

create table counselling_slot (
    id            bigint primary key,
    counsellor_id bigint not null references counsellor (id),
    region_id     bigint not null references region (id),
    region_path   varchar(400) not null,
    starts_at     timestamp with time zone not null,
    ends_at       timestamp with time zone not null,
    room          varchar(100),
    -- Booking is a guarded update (booked_by is null); the unique keys refuse a counsellor twice at one time
    -- and one person in two rooms at once.
    booked_by     bigint references user_account (id),
    booked_at     timestamp with time zone,
    topic         varchar(500),
    version       bigint not null,
    constraint counselling_slot_time_ck check (ends_at > starts_at),
    constraint counselling_slot_counsellor_uk unique (counsellor_id, starts_at),
    constraint counselling_slot_person_uk unique (booked_by, starts_at)
);
create index counselling_slot_region_idx on counselling_slot (region_path, starts_at);
create index counselling_slot_booked_idx on counselling_slot (booked_by, starts_at);

create sequence counselling_note_seq start with 1 increment by 50;

create table counselling_note (
    id            bigint primary key,
    slot_id       bigint not null references counselling_slot (id),
    counsellor_id bigint not null references counsellor (id),
    body          varchar(4000) not null,
    written_at    timestamp with time zone not null
);
create index counselling_note_slot_idx on counselling_note (slot_id);
