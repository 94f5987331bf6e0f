-- The search index (see docs/SEARCH.md), PostgreSQL flavour. The application builds the tsvectors itself
-- (CJK bigrams + lower-cased words, plus '@k:<kind>' and '@r:<region id>' filter lexemes), so no text search
-- configuration is involved; GIN indexes answer terms, kind and scope in one lookup.
-- A removed record stays as a tombstone (removed = true, no content, no vectors) so a late, older event
-- cannot revive it.
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
    title_tsv   tsvector,
    tsv         tsvector,
    primary key (kind, doc_id)
);
create index search_document_title_tsv_idx on search_document using gin (title_tsv);
create index search_document_tsv_idx on search_document using gin (tsv);
create index search_document_updated_idx on search_document (updated_at desc);
create index search_document_region_idx on search_document (region_path varchar_pattern_ops);
