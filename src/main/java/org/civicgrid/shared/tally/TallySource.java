package org.civicgrid.shared.tally;

/**
 * A module's records as {@link RegionTallies} counts them: the topic they are kept under, and how to count
 * them afresh. Every source is counted at start-up when its topic has not been counted yet (a new database or
 * topic, or figures emptied by a migration); modules also recount after loading records in bulk.
 */
public interface TallySource {

    /** The topic, e.g. {@code cases}; at most 24 characters. */
    String topic();

    /** Gives every record's figures at its own region to {@code rebuild}, best in the order of region paths. */
    void recount(RegionTallies.Rebuild rebuild);
}
