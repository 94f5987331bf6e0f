package org.civicgrid.residents.internal;

import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Keeps a client's sort to the columns a list is indexed for; anything else falls back to the default. */
public final class Paging {

    private Paging() {}

    public static Pageable sorted(Pageable pageable, Set<String> allowed, Sort fallback) {
        boolean ok = pageable.getSort().isSorted()
                && pageable.getSort().stream().allMatch(o -> allowed.contains(o.getProperty()));
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), ok ? pageable.getSort() : fallback);
    }

    /** The page without any sort, for queries that carry their own order. */
    public static Pageable unsorted(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
    }
}
