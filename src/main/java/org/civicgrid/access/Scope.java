package org.civicgrid.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * 数据范围 — "own region and below": a record is in scope when its region path starts with the
 * user's region path. Queries use {@link #likePattern()} on an indexed {@code region_path} column.
 */
public record Scope(String pathPrefix) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public Scope {
        if (pathPrefix == null || !pathPrefix.startsWith("/") || !pathPrefix.endsWith("/")) {
            throw new IllegalArgumentException("A scope is a region path such as /1/7/: " + pathPrefix);
        }
    }

    public boolean includes(String regionPath) {
        return regionPath != null && regionPath.startsWith(pathPrefix);
    }

    /**
     * The paths of the scope's region and every region above it, root first: {@code /1/7/} gives {@code /1/}
     * and {@code /1/7/}. For records that reach everyone living under their region (a city's campaign).
     */
    public List<String> enclosingPaths() {
        List<String> out = new ArrayList<>();
        for (int i = pathPrefix.indexOf('/', 1); i > 0; i = pathPrefix.indexOf('/', i + 1)) {
            out.add(pathPrefix.substring(0, i + 1));
        }
        return out;
    }

    /** For {@code region_path like ?}. Paths hold only digits and slashes, so nothing needs escaping. */
    public String likePattern() {
        return pathPrefix + "%";
    }
}
