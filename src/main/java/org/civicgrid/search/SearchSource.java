package org.civicgrid.search;

import java.util.function.Consumer;

import org.civicgrid.shared.events.SearchableChanged;

/**
 * Optional full-rebuild hook. The index is built from {@link SearchableChanged} events as they happen;
 * a module that wants its records re-indexed from scratch (after the index was lost, or when its text
 * rules change) may implement this and the administrator's rebuild calls it. Implementing it makes the
 * module depend on this one's API; modules that do not, are re-indexed only by their events.
 */
public interface SearchSource {

    /** The kind of record this source describes, e.g. {@code case}. */
    String kind();

    /** Hands every current record of the kind to {@code sink}, exactly as the module's events would describe it. */
    void republish(Consumer<SearchableChanged> sink);
}
