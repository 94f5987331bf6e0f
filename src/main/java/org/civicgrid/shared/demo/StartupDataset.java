package org.civicgrid.shared.demo;

/**
 * A set of records loaded once at start-up into an empty platform. Reference datasets (the region
 * tree, the case catalogue) load on every database; demo datasets (people, cases, stories from the
 * seeds) load only on the embedded default. Each loads in its own transaction and is remembered, so
 * that a restart — or a second instance starting beside the first — never loads it twice.
 */
public interface StartupDataset {

    /** Unique name, e.g. {@code region.tree} or {@code cases.demo}. */
    String name();

    /** Lower loads first: region 10, access 20, residents 30, then the other modules from 40. */
    int order();

    /** True for demo data that must never reach a production database. */
    boolean demo();

    void load();
}
