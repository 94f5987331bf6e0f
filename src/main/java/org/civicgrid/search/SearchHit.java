package org.civicgrid.search;

import java.time.Instant;
import java.util.List;

/**
 * One result.
 *
 * @param snippet the part of the text around the first match, in pieces, the matching ones marked
 */
public record SearchHit(String kind, String id, String title, List<Snippet> snippet, String url, String regionPath,
        String regionName, Instant at) {

    /** A piece of a snippet; {@code match} marks the words the query found. */
    public record Snippet(String text, boolean match) {}
}
