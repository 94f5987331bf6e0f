package org.civicgrid.search;

import java.util.Set;

/**
 * What a backend is asked: every term of {@code query} must match, only records under {@code scopePath}
 * (and of {@code kinds}, unless empty) count, ranked title-first and newest-first within a rank.
 *
 * @param query     the user's words, as typed
 * @param scopePath a region path such as {@code /1/7/}; records whose path starts with it are in scope
 * @param offset    rows to skip in ranked order
 * @param limit     rows to return at most
 */
public record SearchRequest(String query, String scopePath, Set<String> kinds, int offset, int limit) {

    public SearchRequest {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }
}
