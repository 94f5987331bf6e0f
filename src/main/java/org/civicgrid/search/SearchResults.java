package org.civicgrid.search;

import java.util.List;
import java.util.Set;

/** A page of results; there is no total (counting every match would cost as much as the search). */
public record SearchResults(String query, Set<String> kinds, int page, int size, boolean hasNext,
        List<SearchHit> items) {

    public boolean hasPrevious() {
        return page > 0;
    }
}
