package org.civicgrid.search.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.civicgrid.search.internal.TextAnalysis.Term;
import org.civicgrid.shared.time.TimeConfiguration;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL: tokens go into {@code tsvector} columns (built here, so the database's own parser, which
 * knows nothing of Chinese, never sees the text) with GIN indexes; filters by kind, region and period
 * are lexemes of the same vectors, so one index lookup answers terms, scope and period together. The
 * vectors hold no positions, so the index answers exactly (no recheck); the substring itself is then
 * checked with {@code strpos} on the normalized text of the candidates.
 */
class PostgresFlavour implements DatabaseSearchBackend.Flavour {

    private static final String UPSERT = """
            insert into search_document (kind, doc_id, region_path, title, body, url, title_norm, body_norm,
                updated_at, indexed_at, removed, title_tsv, tsv)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as tsvector), cast(? as tsvector))
            on conflict (kind, doc_id) do update set region_path = excluded.region_path, title = excluded.title,
                body = excluded.body, url = excluded.url, title_norm = excluded.title_norm, body_norm = excluded.body_norm,
                updated_at = excluded.updated_at, indexed_at = excluded.indexed_at, removed = excluded.removed,
                title_tsv = excluded.title_tsv, tsv = excluded.tsv
            where search_document.updated_at <= excluded.updated_at
            """;

    @Override
    public void upsert(JdbcTemplate jdbc, List<DatabaseSearchBackend.Row> rows) {
        jdbc.batchUpdate(UPSERT, rows.stream().map(r -> new Object[] {r.kind(), r.id(), r.regionPath(), r.title(),
            r.body(), r.url(), r.titleNorm(), r.bodyNorm(), r.updatedAt(), r.indexedAt(), r.removed(),
            r.titleTsvector(), r.tsvector()}).toList());
    }

    /** Week, month and year in the platform's zone, e.g. {@code @w:2026w19}, {@code @m:2026-05}, {@code @y:2026}. */
    @Override
    public List<String> periods(Instant at) {
        ZonedDateTime t = at.atZone(TimeConfiguration.ZONE);
        return new ArrayList<>(List.of("@w:" + t.get(IsoFields.WEEK_BASED_YEAR) + "w" + t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                "@m:" + YearMonth.from(t), "@y:" + t.getYear()));
    }

    /** The index finds records holding every token; the normalized title then proves each term is really there. */
    @Override
    public String titleMatches(DatabaseSearchBackend.Query query, List<Object> params) {
        params.add(tsquery(query));
        return "title_tsv @@ cast(? as tsquery)" + contains("title_norm", query, params);
    }

    @Override
    public String anyMatches(DatabaseSearchBackend.Query query, List<Object> params) {
        params.add(tsquery(query));
        return "tsv @@ cast(? as tsquery)" + contains("body_norm", query, params);
    }

    private static String contains(String column, DatabaseSearchBackend.Query query, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        for (Term term : query.terms()) {
            sql.append(" and strpos(").append(column).append(", ?) > 0");
            params.add(term.text());
        }
        return sql.toString();
    }

    @Override
    public String titleHasPhrase(DatabaseSearchBackend.Query query, List<Object> params) {
        params.add(query.phrase());
        return "strpos(title_norm, ?) > 0";
    }

    /**
     * The matches first, through the GIN index, and only they are ordered: left to itself the planner may walk
     * the {@code updated_at} index from the newest row and test every row against the terms, which for a term
     * that matches nothing recent reads the whole table (108 s at 10 million records). A slice is only asked for
     * when the slice before it held too few matches, so the matches to order stay few.
     */
    @Override
    public String newest(String columns, String where) {
        return "with matches as materialized (select " + columns + " from search_document where " + where + ") "
                + "select " + columns + " from matches order by updated_at desc, kind, doc_id limit ?";
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
        if (query.slice() != null) {
            q.append(" & ").append(TextAnalysis.quote(query.slice()));
        }
        return q.toString();
    }
}
