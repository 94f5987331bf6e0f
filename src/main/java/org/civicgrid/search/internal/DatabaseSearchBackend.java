package org.civicgrid.search.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.civicgrid.search.SearchBackend;
import org.civicgrid.search.SearchDocument;
import org.civicgrid.search.SearchRequest;
import org.civicgrid.search.internal.TextAnalysis.Term;
import org.civicgrid.search.internal.TextAnalysis.Token;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The index as a table in the application database ({@code search_document}), one row per record,
 * upserted by kind and id. Ranking runs as up to three queries, one per rank (title has the phrase,
 * title has every term, only the text has them), each newest first, so that the database can stop
 * as soon as a page is full instead of sorting every match. What differs between PostgreSQL (full-text
 * GIN index) and H2 (LIKE) is in a {@link Flavour}.
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

    /** The analysed query: the phrase as typed (normalized), its terms, and the filters. */
    record Query(String phrase, List<Term> terms, String scopePath, List<String> kinds) {

        /** The region id a scope token names, or null for the top of the tree (where every record is in scope). */
        String scopeRegionId() {
            String[] ids = scopePath.substring(1).split("/");
            return ids.length > 1 ? ids[ids.length - 1] : null;
        }
    }

    /** What differs between databases. Predicates append their parameters to {@code params}. */
    interface Flavour {

        void upsert(JdbcTemplate jdbc, Row row);

        /** The title holds every term. */
        String titleMatches(Query query, List<Object> params);

        /** The title or the text holds every term. */
        String anyMatches(Query query, List<Object> params);

        /** The title contains the phrase as typed. */
        String titleHasPhrase(Query query, List<Object> params);
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
        String title = cut(doc.title(), MAX_TITLE);
        String text = cut(doc.text(), MAX_BODY);
        String titleNorm = cut(TextAnalysis.normalize(title), MAX_TITLE);
        String textNorm = TextAnalysis.normalize(cut(text, TextAnalysis.MAX_INDEXED_TEXT));
        List<Token> titleTokens = new ArrayList<>();
        int next = TextAnalysis.tokens(titleNorm, 1, titleTokens);
        List<Token> allTokens = new ArrayList<>(titleTokens);
        TextAnalysis.tokens(textNorm, next + 10, allTokens);
        List<String> filters = filterLexemes(doc.kind(), doc.regionPath());
        write(new Row(doc.kind(), doc.id(), doc.regionPath(), title, text, cut(doc.url(), MAX_URL), titleNorm,
                cut(titleNorm + " " + textNorm, MAX_TITLE + MAX_BODY + 200), timestamp(doc.at()), now(), false,
                TextAnalysis.tsvector(titleTokens, filters), TextAnalysis.tsvector(allTokens, filters)));
    }

    /** Keeps a tombstone (no content, nothing matches it) so that a late, older upsert is refused. */
    @Override
    public void remove(String kind, String id, String regionPath, Instant at) {
        write(new Row(kind, id, regionPath, null, null, null, null, null, timestamp(at), now(), true, null, null));
    }

    @Override
    public List<SearchDocument> find(SearchRequest request) {
        String phrase = TextAnalysis.normalize(request.query());
        List<Term> terms = TextAnalysis.terms(phrase);
        if (terms.isEmpty() || request.limit() <= 0 || !REGION_PATH.matcher(request.scopePath()).matches()) {
            return List.of();
        }
        Query query = new Query(phrase, terms, request.scopePath(), request.kinds().stream().sorted().toList());
        List<SearchDocument> out = new ArrayList<>();
        int skip = Math.max(0, request.offset());
        int need = request.limit();
        for (Tier tier : tiers(query)) {
            if (need <= 0) {
                break;
            }
            if (skip > 0) {
                int available = countUpTo(tier, skip);
                if (available < skip) {
                    skip -= available;
                    continue;
                }
            }
            List<SearchDocument> rows = fetch(tier, skip, need);
            skip = 0;
            out.addAll(rows);
            need -= rows.size();
        }
        return out;
    }

    @Override
    public int removeStale(String kind, Instant since) {
        OffsetDateTime t = timestamp(since);
        return jdbc.update("delete from search_document where kind = ? and indexed_at < ? and updated_at < ?", kind,
                t, t);
    }

    /** One rank: a where clause and its parameters (scope and kind filters included). */
    private record Tier(String where, List<Object> params) {}

    private List<Tier> tiers(Query query) {
        List<Tier> tiers = new ArrayList<>();
        tiers.add(tier(query, (q, p) -> flavour.titleMatches(q, p) + " and " + flavour.titleHasPhrase(q, p)));
        boolean phraseIsTheOnlyTerm = query.terms().size() == 1 && query.terms().get(0).text().equals(query.phrase());
        if (!phraseIsTheOnlyTerm) {
            tiers.add(tier(query, (q, p) -> flavour.titleMatches(q, p) + " and not (" + flavour.titleHasPhrase(q, p)
                    + ")"));
        }
        tiers.add(tier(query, (q, p) -> flavour.anyMatches(q, p) + " and not (" + flavour.titleMatches(q, p) + ")"));
        return tiers;
    }

    private Tier tier(Query query, java.util.function.BiFunction<Query, List<Object>, String> match) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("removed = false and region_path like ?");
        params.add(query.scopePath() + "%");
        if (!query.kinds().isEmpty()) {
            where.append(" and kind in (").append(String.join(", ", query.kinds().stream().map(k -> "?").toList()))
                    .append(")");
            params.addAll(query.kinds());
        }
        where.append(" and ").append(match.apply(query, params));
        return new Tier(where.toString(), params);
    }

    private int countUpTo(Tier tier, int max) {
        List<Object> params = new ArrayList<>(tier.params());
        params.add(max);
        Integer n = jdbc.queryForObject("select count(*) from (select 1 from search_document where " + tier.where()
                + " limit ?) matched", Integer.class, params.toArray());
        return n == null ? 0 : n;
    }

    private List<SearchDocument> fetch(Tier tier, int offset, int limit) {
        List<Object> params = new ArrayList<>(tier.params());
        params.add(limit);
        params.add(offset);
        return jdbc.query("select " + COLUMNS + " from search_document where " + tier.where()
                + " order by updated_at desc, kind, doc_id limit ? offset ?", ROW, params.toArray());
    }

    private void write(Row row) {
        try {
            flavour.upsert(jdbc, row);
        } catch (DuplicateKeyException e) {
            // two first versions of one record raced to insert; the loser now finds the row and updates it
            flavour.upsert(jdbc, row);
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
