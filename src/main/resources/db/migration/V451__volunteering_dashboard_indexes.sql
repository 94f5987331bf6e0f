-- The dashboard sums the hours served in a region in a month or a year: one index range per view.
create index volunteer_sign_up_region_idx on volunteer_sign_up (region_path, checked_in_at);
