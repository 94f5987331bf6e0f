-- The dashboard sums the money invested in a region over a period: one index range per view.
create index pairing_investment_region_idx on pairing_investment (region_path, invested_on);
