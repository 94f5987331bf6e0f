package org.civicgrid.shared.search;

import java.util.List;
import java.util.function.Consumer;

import org.civicgrid.shared.events.SearchableChanged;

/**
 * A module's records as the search index holds them, for the platform administrator's full rebuild (after
 * the index was lost, or when a module's text rules changed). The index is otherwise kept by the module's
 * {@link SearchableChanged} events; a module that publishes a kind implements this in its {@code internal}
 * package, building each entry with the same code its events use, and never depends on the search module.
 */
public interface SearchSource {

    /** The kind of record this source describes, e.g. {@code case}; the kind its events carry. */
    String kind();

    /**
     * Hands every current record of the kind to {@code sink}, batch by batch (see {@link IdBatches}): each batch
     * read in its own short transaction and handed over after that transaction ended, each entry exactly as the
     * module's event for the record's present state says — with the same {@code at}, the time the record last
     * changed, so that a rebuild neither reorders results nor overwrites a newer event.
     */
    void republish(Consumer<List<SearchableChanged>> sink);
}
