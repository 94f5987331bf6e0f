package org.civicgrid.shared.web;

/**
 * A count shown beside the signed-in user's name in the page header, e.g. unread messages. Modules
 * contribute badges as beans; a badge with nothing to count is not shown.
 */
public interface HeaderBadge {

    String href();

    /** Message key of the label, with the count as {0}. */
    String labelKey();

    /** For the signed-in user; 0 hides the badge. */
    long count();
}
