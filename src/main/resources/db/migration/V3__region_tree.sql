-- Regions: city > district > street/township > community/village > grid > compound.
create sequence region_seq start with 1 increment by 1;

create table region (
    id               bigint primary key,
    parent_id        bigint references region (id),
    level            varchar(16) not null,
    code             varchar(40) not null,
    name             varchar(100) not null,
    path             varchar(400) not null,
    depth            int not null,
    sort_order       int not null,
    boundary_geojson varchar,
    center_lat       double precision,
    center_lng       double precision,
    compounds        int,
    households       int,
    residents        int,
    party_members    int,
    resident_units   int,
    updated_at       timestamp with time zone not null,
    constraint region_code_uk unique (code)
);
create index region_parent_idx on region (parent_id);
create index region_path_idx on region (path);
create index region_name_idx on region (name);
