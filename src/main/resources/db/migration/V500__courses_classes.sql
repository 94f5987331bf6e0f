-- Community classes (社区学苑, 四点半课堂, 儿童快乐之家, 读书会, 红色讲堂): seats, enrolments, sessions, attendance, lotteries.
create sequence course_seq start with 1 increment by 50;

create table course (
    id               bigint primary key,
    region_id        bigint not null references region (id),
    region_path      varchar(400) not null,
    programme        varchar(30) not null,
    title            varchar(120) not null,
    description      varchar(4000),
    term             varchar(60),
    organiser        varchar(120),
    place            varchar(200),
    starts_on        date not null,
    ends_on          date not null,
    capacity         int not null,
    -- The seat counter: only ever changed by a guarded update (seats_taken < capacity), never by the entity.
    seats_taken      int default 0 not null,
    lottery_entries  int default 0 not null,
    enrolment_rule   varchar(16) not null,
    waiting_list     boolean not null,
    lottery_at       timestamp with time zone,
    lottery_drawn_at timestamp with time zone,
    min_age          int,
    max_age          int,
    care_tag         varchar(40),
    created_by       varchar(64) not null,
    created_at       timestamp with time zone not null,
    version          bigint not null,
    constraint course_capacity_ck check (capacity > 0),
    constraint course_seats_ck check (seats_taken >= 0 and seats_taken <= capacity),
    constraint course_entries_ck check (lottery_entries >= 0),
    constraint course_dates_ck check (ends_on >= starts_on)
);
create index course_region_idx on course (region_path, starts_on);
create index course_lottery_idx on course (lottery_drawn_at, lottery_at);

create sequence course_enrolment_seq start with 1 increment by 50;
-- Waiting-list order across every course: a plain sequence, taken one value at a time.
create sequence course_queue_seq start with 1 increment by 1;

create table course_enrolment (
    id           bigint primary key,
    course_id    bigint not null references course (id),
    user_id      bigint not null references user_account (id),
    display_name varchar(100) not null,
    region_path  varchar(400) not null,
    status       varchar(16) not null,
    queue_no     bigint,
    requested_at timestamp with time zone not null,
    seated_at    timestamp with time zone,
    constraint course_enrolment_person_uk unique (course_id, user_id)
);
create index course_enrolment_queue_idx on course_enrolment (course_id, status, queue_no);
create index course_enrolment_user_idx on course_enrolment (user_id);

create sequence course_session_seq start with 1 increment by 50;

create table course_session (
    id          bigint primary key,
    course_id   bigint not null references course (id),
    region_path varchar(400) not null,
    starts_at   timestamp with time zone not null,
    ends_at     timestamp with time zone not null,
    place       varchar(200),
    topic       varchar(200),
    member_home boolean not null,
    host_name   varchar(100),
    constraint course_session_time_ck check (ends_at > starts_at),
    constraint course_session_start_uk unique (course_id, starts_at)
);
create index course_session_course_idx on course_session (course_id, starts_at);

create sequence course_attendance_seq start with 1 increment by 50;

create table course_attendance (
    id          bigint primary key,
    session_id  bigint not null references course_session (id),
    course_id   bigint not null references course (id),
    user_id     bigint not null references user_account (id),
    present     boolean not null,
    recorded_by varchar(64) not null,
    recorded_at timestamp with time zone not null,
    constraint course_attendance_person_uk unique (session_id, user_id)
);
create index course_attendance_course_idx on course_attendance (course_id);

create sequence course_lottery_seq start with 1 increment by 50;

-- A lottery draw, kept so anyone can re-run it: the seed, the frozen entrant list (and its hash), the order drawn.
create table course_lottery (
    id              bigint primary key,
    course_id       bigint not null references course (id),
    seed            bigint not null,
    drawn_at        timestamp with time zone not null,
    drawn_by        varchar(64) not null,
    entrant_count   int not null,
    seats_offered   int not null,
    entrants_sha256 varchar(64) not null,
    constraint course_lottery_course_uk unique (course_id)
);

create table course_lottery_pick (
    lottery_id bigint not null references course_lottery (id),
    position   int not null,
    user_id    bigint not null,
    outcome    varchar(16) not null,
    primary key (lottery_id, position),
    constraint course_lottery_pick_user_uk unique (lottery_id, user_id)
);
