package org.civicgrid.search;

import java.time.Instant;

/**
 * One record in the search index, as its module described it.
 *
 * @param at when the module changed the record; an older version never replaces a newer one
 */
public record SearchDocument(String kind, String id, String regionPath, String title, String text, String url,
        Instant at) {
}
