package org.civicgrid.shared.events;

import java.time.Instant;

/**
 * Published by a module whenever a record officials should find in the one search box is created,
 * changed or removed (cases, residents, notices, rivers, units ...). The search index listens; the
 * publisher never depends on it.
 *
 * @param kind       the record kind, e.g. {@code case}, {@code resident}, {@code notice}, {@code river}, {@code unit}
 * @param id         the record's id as text
 * @param regionPath the record's region path, so results are scoped like everything else
 * @param title      a one-line title shown in results
 * @param text       the searchable text — never unmasked personal data (ID numbers, phones)
 * @param url        the page that shows the record
 * @param at         when the record last changed (an older version never replaces a newer one); the module's
 *                   {@link org.civicgrid.shared.search.SearchSource} republishes the same for a rebuild
 * @param removed    true when the record is gone and must leave the index
 */
public record SearchableChanged(String kind, String id, String regionPath, String title, String text, String url,
        Instant at, boolean removed) {
}
