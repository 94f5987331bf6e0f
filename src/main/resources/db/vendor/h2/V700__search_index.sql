-- The search index (see docs/SEARCH.md), H2 flavour: normalized title and text scanned with LIKE.
-- A removed record stays as a tombstone (removed = true, no content) so a late, older event cannot revive it.
create table search_document (
    kind        varchar(40) not null,
    doc_id      varchar(100) not null,
    region_path varchar(400) not null,
    title       varchar(300),
    body        varchar(8000),
    url         varchar(500),
    title_norm  varchar(300),
    body_norm   varchar(8500),
    updated_at  timestamp with time zone not null,
    indexed_at  timestamp with time zone not null,
    removed     boolean not null,
    primary key (kind, doc_id)
);
create index search_document_updated_idx on search_document (updated_at);
create index search_document_region_idx on search_document (region_path);
