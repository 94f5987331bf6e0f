package org.civicgrid.shared.events;

/**
 * An event another module publishes when something it found must become a case (a patrol's problem,
 * a pairing need escalated, an enforcement follow-up, a resident's online application). Casework
 * listens for every event that implements this interface and opens the case; the publisher learns
 * how it went from {@link CaseStatusChanged} carrying its {@link #sourceRef()}.
 */
public interface CaseRequest {

    /** One of casework's sources: GRID_WORKER, RESIDENT, RIVER_PATROL, PAIRED_UNIT, ENFORCEMENT, HOTLINE. */
    String source();

    /** The publisher's own reference, e.g. {@code patrol-problem:42}; comes back on every status change. */
    String sourceRef();

    /** Code of the case category (see the casework catalogue). */
    String categoryCode();

    String description();

    /** Latitude of the problem, or null when only a region is known. */
    Double lat();

    Double lng();

    String address();

    /** The region the problem belongs to, when there is no point (or to check the point against). */
    Long regionId();

    /** Username of the person who found it. */
    String reportedBy();
}
