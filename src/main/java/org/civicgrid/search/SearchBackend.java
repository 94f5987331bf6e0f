package org.civicgrid.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Where the index lives. The platform's own implementation keeps it in the application database
 * (PostgreSQL full text with a GIN index, or LIKE on the embedded H2); a search cluster (OpenSearch,
 * Elasticsearch) can replace it by providing another bean of this type — see docs/SEARCH.md.
 *
 * <p>Ranking contract: a record whose title contains the query as typed comes first; then one whose
 * title contains every term; then one where only the text does; within each rank the newest first.
 * A term is a run of CJK characters (matched as a substring) or a Latin/digit word (matched from its start).
 */
public interface SearchBackend {

    /** Adds or replaces a document, unless the index already holds a newer version of it. */
    void upsert(SearchDocument document);

    /** Adds or replaces many documents at once (a rebuild, a bulk load); the same rules as {@link #upsert}. */
    default void upsertAll(Collection<SearchDocument> documents) {
        documents.forEach(this::upsert);
    }

    /**
     * A rebuild's batch: adds or replaces each document as {@link #upsert} does, and marks every one of them as
     * still described by its module — also where the index holds a newer version, which stays — so that
     * {@link #removeStale} after the rebuild keeps it.
     */
    void refresh(Collection<SearchDocument> documents);

    /** Removes a document; a stale upsert that arrives later does not bring it back. */
    void remove(String kind, String id, String regionPath, Instant at);

    /** Ranked matches in scope, rows {@code offset} to {@code offset + limit - 1}. */
    List<SearchDocument> find(SearchRequest request);

    /**
     * After a rebuild that started at {@code since}: removes documents of {@code kind} (and tombstones) that were
     * neither refreshed nor changed since.
     */
    int removeStale(String kind, Instant since);
}
