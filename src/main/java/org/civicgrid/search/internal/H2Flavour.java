package org.civicgrid.search.internal;

import java.util.List;

import org.civicgrid.search.internal.TextAnalysis.Term;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded H2: the normalized title and text are scanned with LIKE, one pattern per term. Right
 * for the small data of an embedded install; the same ranking as PostgreSQL.
 */
class H2Flavour implements DatabaseSearchBackend.Flavour {

    private static final String UPSERT = """
            merge into search_document d
            using (select cast(? as varchar(40)) as kind, cast(? as varchar(100)) as doc_id,
                cast(? as varchar(400)) as region_path, cast(? as varchar(300)) as title,
                cast(? as varchar(8000)) as body, cast(? as varchar(500)) as url, cast(? as varchar(300)) as title_norm,
                cast(? as varchar(8500)) as body_norm, cast(? as timestamp with time zone) as updated_at,
                cast(? as timestamp with time zone) as indexed_at, cast(? as boolean) as removed) s
            on d.kind = s.kind and d.doc_id = s.doc_id
            when matched and d.updated_at <= s.updated_at then update set region_path = s.region_path,
                title = s.title, body = s.body, url = s.url, title_norm = s.title_norm, body_norm = s.body_norm,
                updated_at = s.updated_at, indexed_at = s.indexed_at, removed = s.removed
            when not matched then insert (kind, doc_id, region_path, title, body, url, title_norm, body_norm,
                updated_at, indexed_at, removed)
              values (s.kind, s.doc_id, s.region_path, s.title, s.body, s.url, s.title_norm, s.body_norm,
                s.updated_at, s.indexed_at, s.removed)
            """;

    @Override
    public void upsert(JdbcTemplate jdbc, List<DatabaseSearchBackend.Row> rows) {
        jdbc.batchUpdate(UPSERT, rows.stream().map(r -> new Object[] {r.kind(), r.id(), r.regionPath(), r.title(),
            r.body(), r.url(), r.titleNorm(), r.bodyNorm(), r.updatedAt(), r.indexedAt(), r.removed()}).toList());
    }

    /** No periods: the embedded database scans its few records at once. */
    @Override
    public List<String> periods(java.time.Instant at) {
        return new java.util.ArrayList<>();
    }

    @Override
    public String titleMatches(DatabaseSearchBackend.Query query, List<Object> params) {
        return likeEvery("title_norm", query.terms(), params);
    }

    @Override
    public String anyMatches(DatabaseSearchBackend.Query query, List<Object> params) {
        return likeEvery("body_norm", query.terms(), params);
    }

    @Override
    public String titleHasPhrase(DatabaseSearchBackend.Query query, List<Object> params) {
        params.add(query.phrase());
        return "locate(?, title_norm) > 0";
    }

    private static String likeEvery(String column, List<Term> terms, List<Object> params) {
        StringBuilder sql = new StringBuilder("(");
        for (int i = 0; i < terms.size(); i++) {
            sql.append(i == 0 ? "" : " and ").append(column).append(" like ? escape '\\'");
            params.add("%" + terms.get(i).text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return sql.append(")").toString();
    }
}
