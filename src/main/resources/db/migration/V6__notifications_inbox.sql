-- The in-app inbox.
create sequence inbox_message_seq start with 1 increment by 50;

create table inbox_message (
    id           bigint primary key,
    recipient_id bigint not null references user_account (id),
    kind         varchar(60) not null,
    title        varchar(200) not null,
    body         varchar(2000),
    link         varchar(400),
    created_at   timestamp with time zone not null,
    read_at      timestamp with time zone
);
create index inbox_message_recipient_idx on inbox_message (recipient_id, created_at);
create index inbox_message_unread_idx on inbox_message (recipient_id, read_at);
