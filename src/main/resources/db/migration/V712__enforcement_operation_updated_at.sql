-- When an operation was recorded or its lines last changed: the date of its search entry, the same in its events
-- and in a rebuild of the index.
alter table enforcement_operation add column updated_at timestamp with time zone;
update enforcement_operation set updated_at = recorded_at;
alter table enforcement_operation alter column updated_at set not null;
