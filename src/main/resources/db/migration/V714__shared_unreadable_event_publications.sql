-- Event publications that could no longer be read at start-up (their event's class or fields changed in an
-- upgrade while they were outstanding), set aside here so that the rest are resubmitted and an operator can
-- see what was not delivered.
create table event_publication_unreadable (
    id               uuid not null,
    listener_id      varchar(512) not null,
    event_type       varchar(512) not null,
    serialized_event varchar(1000000) not null,
    publication_date timestamp with time zone not null,
    set_aside_at     timestamp with time zone not null,
    problem          varchar(1000) not null,
    constraint event_publication_unreadable_pk primary key (id)
);
