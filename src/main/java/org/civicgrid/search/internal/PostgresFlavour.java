package org.civicgrid.search.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL: tokens go into {@code tsvector} columns (built here, so the database's own parser, which
 * knows nothing of Chinese, never sees the text) with GIN indexes; filters by kind and region are
 * lexemes of the same vectors, so one index lookup answers terms and scope together.
 */
class PostgresFlavour implements DatabaseSearchBackend.Flavour {

    private static final String UPSERT = """
            insert into search_document (kind, doc_id, region_path, title, body, url, title_norm, body_norm,
                updated_at, indexed_at, removed, title_tsv, tsv)
            values (?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, cast(? as tsvector), cast(? as tsvector))
            on conflict (kind, doc_id) do update set region_path = excluded.region_path, title = excluded.title,
                body = excluded.body, url = excluded.url, title_norm = excluded.title_norm, body_norm = null,
                updated_at = excluded.updated_at, indexed_at = excluded.indexed_at, removed = excluded.removed,
                title_tsv = excluded.title_tsv, tsv = excluded.tsv
            where search_document.updated_at <= excluded.updated_at
            """;

    @Override
    public void upsert(JdbcTemplate jdbc, DatabaseSearchBackend.Row r) {
        jdbc.update(UPSERT, r.kind(), r.id(), r.regionPath(), r.title(), r.body(), r.url(), r.titleNorm(),
                r.updatedAt(), r.indexedAt(), r.removed(), r.titleTsvector(), r.tsvector());
    }

    @Override
    public String titleMatches(DatabaseSearchBackend.Query query, List<Object> params) {
        params.add(tsquery(query));
        return "title_tsv @@ cast(? as tsquery)";
    }

    @Override
    public String anyMatches(DatabaseSearchBackend.Query query, List<Object> params) {
        params.add(tsquery(query));
        return "tsv @@ cast(? as tsquery)";
    }

    @Override
    public String titleHasPhrase(DatabaseSearchBackend.Query query, List<Object> params) {
        params.add(query.phrase());
        return "strpos(title_norm, ?) > 0";
    }

    static String tsquery(DatabaseSearchBackend.Query query) {
        StringBuilder q = new StringBuilder("(").append(TextAnalysis.tsquery(query.terms())).append(")");
        String region = query.scopeRegionId();
        if (region != null) {
            q.append(" & ").append(TextAnalysis.quote("@r:" + region));
        }
        if (!query.kinds().isEmpty()) {
            q.append(" & (").append(query.kinds().stream().map(k -> TextAnalysis.quote("@k:" + k))
                    .collect(Collectors.joining(" | "))).append(")");
        }
        return q.toString();
    }
}
