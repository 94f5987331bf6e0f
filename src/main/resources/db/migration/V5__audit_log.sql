-- The append-only audit log: every write and every view of full personal data.
create sequence audit_entry_seq start with 1 increment by 1;

create table audit_entry (
    id           bigint primary key,
    occurred_at  timestamp with time zone not null,
    actor        varchar(64) not null,
    action       varchar(16) not null,
    entity_type  varchar(100) not null,
    entity_id    varchar(64),
    region_path  varchar(400),
    summary      varchar(500),
    before_state varchar,
    after_state  varchar
);
create index audit_entry_time_idx on audit_entry (occurred_at);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id);
create index audit_entry_actor_idx on audit_entry (actor, occurred_at);
create index audit_entry_region_idx on audit_entry (region_path, occurred_at);
