package org.civicgrid.cases;

import java.time.Instant;

/**
 * Filters of the case queue; null means any. The queue is always inside the caller's region.
 *
 * @param regionId  narrow to a region inside the caller's (a district, street, community or grid)
 * @param overdue   true: open and past the deadline; false: not overdue
 * @param open      true: still open; false: closed or rejected
 * @param q         words in the description or address
 * @param from      reported at or after
 * @param to        reported before
 */
public record CaseFilter(CaseStatus status, String categoryCode, Long gridId, Boolean overdue, CaseSource source,
        Long regionId, Boolean open, String q, Instant from, Instant to) {

    public static final CaseFilter ALL = new CaseFilter(null, null, null, null, null, null, null, null, null, null);

    public CaseFilter withStatus(CaseStatus s) {
        return new CaseFilter(s, categoryCode, gridId, overdue, source, regionId, open, q, from, to);
    }

    public CaseFilter withOverdue(Boolean o) {
        return new CaseFilter(status, categoryCode, gridId, o, source, regionId, open, q, from, to);
    }

    public CaseFilter withRegion(Long r) {
        return new CaseFilter(status, categoryCode, gridId, overdue, source, r, open, q, from, to);
    }
}
