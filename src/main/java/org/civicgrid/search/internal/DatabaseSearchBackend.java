package org.civicgrid.search.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.civicgrid.search.SearchBackend;
import org.civicgrid.search.SearchDocument;
import org.civicgrid.search.SearchRequest;
import org.civicgrid.search.internal.TextAnalysis.Term;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The index as a table in the application database ({@code search_document}), one row per record,
 * upserted by kind and id. Ranking runs as up to three queries, one per rank (title has the phrase,
 * title has every term, only the text has them), each newest first and limited to what the page needs,
 * and each first inside the current week, month and year, so that a frequent term is answered from the
 * recent records alone and a rare one from a small set of candidates. What differs between PostgreSQL
 * (full-text GIN index) and H2 (LIKE) is in a {@link Flavour}.
 */
public class DatabaseSearchBackend implements SearchBackend {

    static final int MAX_TITLE = 300;
    static final int MAX_BODY = 8000;
    static final int MAX_URL = 500;
    private static final Pattern REGION_PATH = Pattern.compile("(/[0-9]+)+/");
    private static final String COLUMNS = "kind, doc_id, region_path, title, body, url, updated_at";
    private static final RowMapper<SearchDocument> ROW = (rs, i) -> new SearchDocument(rs.getString("kind"),
            rs.getString("doc_id"), rs.getString("region_path"), rs.getString("title"), rs.getString("body"),
            rs.getString("url"), rs.getObject("updated_at", OffsetDateTime.class).toInstant());

    /** A row as the table stores it; the flavour writes the columns it uses. */
    record Row(String kind, String id, String regionPath, String title, String body, String url, String titleNorm,
            String bodyNorm, OffsetDateTime updatedAt, OffsetDateTime indexedAt, boolean removed, String titleTsvector,
            String tsvector) {}

    /**
     * The analysed query: the phrase as typed (normalized), its terms, the filters, and the period it is
     * limited to ({@code slice}, a period lexeme such as {@code @m:2026-05}, or null for all time).
     */
    record Query(String phrase, List<Term> terms, String scopePath, List<String> kinds, String slice) {

        Query in(String period) {
            return new Query(phrase, terms, scopePath, kinds, period);
        }

        /** The region id a scope token names, or null for the top of the tree (where every record is in scope). */
        String scopeRegionId() {
            String[] ids = scopePath.substring(1).split("/");
            return ids.length > 1 ? ids[ids.length - 1] : null;
        }
    }

    /** What differs between databases. Predicates append their parameters to {@code params}. */
    interface Flavour {

        void upsert(JdbcTemplate jdbc, List<Row> rows);

        /**
         * Lexemes naming the periods a record changed in (e.g. its week, month and year), smallest first;
         * empty where the database searches without periods.
         */
        List<String> periods(Instant at);

        /** The title holds every term. */
        String titleMatches(Query query, List<Object> params);

        /** The title or the text holds every term. */
        String anyMatches(Query query, List<Object> params);

        /** The title contains the phrase as typed. */
        String titleHasPhrase(Query query, List<Object> params);

        /**
         * The statement that returns the newest rows matching {@code where}, limited by a last parameter: how the
         * database is best made to find the matches first and order only them.
         */
        default String newest(String columns, String where) {
            return "select " + columns + " from search_document where " + where
                    + " order by updated_at desc, kind, doc_id limit ?";
        }
    }

    private final JdbcTemplate jdbc;
    private final Flavour flavour;
    private final java.time.Clock clock;

    DatabaseSearchBackend(JdbcTemplate jdbc, Flavour flavour, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.flavour = flavour;
        this.clock = clock;
    }

    @Override
    public void upsert(SearchDocument doc) {
        write(List.of(row(doc)));
    }

    @Override
    public void upsertAll(Collection<SearchDocument> docs) {
        write(docs.stream().map(this::row).toList());
    }

    @Override
    public void refresh(Collection<SearchDocument> docs) {
        if (docs.isEmpty()) {
            return;
        }
        OffsetDateTime before = now();
        write(docs.stream().map(this::row).toList());
        // where the index already held a newer version the upsert left the row alone: it is still the module's
        jdbc.batchUpdate("update search_document set indexed_at = ? where kind = ? and doc_id = ? and indexed_at < ?",
                docs.stream().map(d -> new Object[] {before, d.kind(), d.id(), before}).toList());
    }

    Row row(SearchDocument doc) {
        String title = cut(doc.title(), MAX_TITLE);
        String text = cut(doc.text(), MAX_BODY);
        String titleNorm = cut(TextAnalysis.normalize(title), MAX_TITLE);
        String textNorm = TextAnalysis.normalize(cut(text, TextAnalysis.MAX_INDEXED_TEXT));
        List<String> filters = filterLexemes(doc.kind(), doc.regionPath());
        filters.addAll(flavour.periods(doc.at()));
        Set<String> titleLexemes = new LinkedHashSet<>();
        TextAnalysis.lexemes(titleNorm, titleLexemes);
        Set<String> allLexemes = new LinkedHashSet<>(titleLexemes);
        TextAnalysis.lexemes(textNorm, allLexemes);
        titleLexemes.addAll(filters);
        allLexemes.addAll(filters);
        return new Row(doc.kind(), doc.id(), doc.regionPath(), title, text, cut(doc.url(), MAX_URL), titleNorm,
                cut(titleNorm + " " + textNorm, MAX_TITLE + MAX_BODY + 200), timestamp(doc.at()), now(), false,
                TextAnalysis.tsvector(titleLexemes), TextAnalysis.tsvector(allLexemes));
    }

    /** Keeps a tombstone (no content, nothing matches it) so that a late, older upsert is refused. */
    @Override
    public void remove(String kind, String id, String regionPath, Instant at) {
        write(List.of(new Row(kind, id, regionPath, null, null, null, null, null, timestamp(at), now(), true, null,
                null)));
    }

    /**
     * Rank by rank, the top rows of each; a rank is searched in the current week, month and year first
     * (where the flavour keeps periods): when such a period alone fills what is needed, those are the
     * newest matches of the rank, found without touching older records.
     */
    @Override
    public List<SearchDocument> find(SearchRequest request) {
        String phrase = TextAnalysis.normalize(request.query());
        List<Term> terms = TextAnalysis.terms(phrase);
        if (terms.isEmpty() || request.limit() <= 0 || !REGION_PATH.matcher(request.scopePath()).matches()) {
            return List.of();
        }
        Query query = new Query(phrase, terms, request.scopePath(), request.kinds().stream().sorted().toList(), null);
        List<String> periods = flavour.periods(clock.instant());
        List<SearchDocument> out = new ArrayList<>();
        int skip = Math.max(0, request.offset());
        int need = request.limit();
        for (Rank rank : ranks(query)) {
            if (need <= 0) {
                break;
            }
            List<SearchDocument> top = top(rank, query, periods, skip + need);
            if (top.size() <= skip) {
                skip -= top.size();
                continue;
            }
            List<SearchDocument> taken = top.subList(skip, top.size());
            out.addAll(taken);
            need -= taken.size();
            skip = 0;
        }
        return out;
    }

    @Override
    public int removeStale(String kind, Instant since) {
        OffsetDateTime t = timestamp(since);
        return jdbc.update("delete from search_document where kind = ? and indexed_at < ? and updated_at < ?", kind,
                t, t);
    }

    /** One rank: its match condition, given the query (with or without a period). */
    private interface Rank {

        String where(Query query, List<Object> params);
    }

    private List<Rank> ranks(Query query) {
        List<Rank> ranks = new ArrayList<>();
        ranks.add((q, p) -> flavour.titleMatches(q, p) + " and " + flavour.titleHasPhrase(q, p));
        boolean phraseIsTheOnlyTerm = query.terms().size() == 1 && query.terms().get(0).text().equals(query.phrase());
        if (!phraseIsTheOnlyTerm) {
            ranks.add((q, p) -> flavour.titleMatches(q, p) + " and not (" + flavour.titleHasPhrase(q, p) + ")");
        }
        ranks.add((q, p) -> flavour.anyMatches(q, p) + " and not (" + flavour.titleMatches(q, p) + ")");
        return ranks;
    }

    /** The newest {@code n} rows of a rank: from the smallest recent period that holds n of them, else from all. */
    private List<SearchDocument> top(Rank rank, Query query, List<String> periods, int n) {
        for (String period : periods) {
            List<SearchDocument> rows = fetch(rank, query.in(period), n);
            if (rows.size() == n) {
                return rows;
            }
        }
        return fetch(rank, query, n);
    }

    private List<SearchDocument> fetch(Rank rank, Query query, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("removed = false and region_path like ?");
        params.add(query.scopePath() + "%");
        if (!query.kinds().isEmpty()) {
            where.append(" and kind in (").append(String.join(", ", query.kinds().stream().map(k -> "?").toList()))
                    .append(")");
            params.addAll(query.kinds());
        }
        where.append(" and ").append(rank.where(query, params));
        params.add(limit);
        return jdbc.query(flavour.newest(COLUMNS, where.toString()), ROW, params.toArray());
    }

    private void write(List<Row> rows) {
        try {
            flavour.upsert(jdbc, rows);
        } catch (DuplicateKeyException e) {
            // two first versions of one record raced to insert; the loser now finds the row and updates it
            flavour.upsert(jdbc, rows);
        }
    }

    /** Kind and every region on the record's path, so that filters are part of the index lookup. */
    static List<String> filterLexemes(String kind, String regionPath) {
        List<String> out = new ArrayList<>();
        out.add("@k:" + kind);
        for (String id : regionPath.substring(1).split("/")) {
            out.add("@r:" + id);
        }
        return out;
    }

    private OffsetDateTime now() {
        return timestamp(clock.instant());
    }

    private static OffsetDateTime timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static String cut(String s, int max) {
        if (s == null) {
            return null;
        }
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }
}
