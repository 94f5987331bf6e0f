-- When a unit was registered or last described: the date of its search entry, the same in its events and in a
-- rebuild of the index.
alter table pairing_unit add column updated_at timestamp with time zone;
update pairing_unit set updated_at = created_at;
alter table pairing_unit alter column updated_at set not null;
