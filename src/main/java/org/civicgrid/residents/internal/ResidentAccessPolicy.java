package org.civicgrid.residents.internal;

import java.util.EnumSet;
import java.util.Set;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.Role;

/**
 * Who may do what with residents' records — every rule also needs the record inside the caller's
 * region (checked where the record is loaded).
 */
public final class ResidentAccessPolicy {

    /** Community and grid workers keep the records and visit people. */
    static final Set<Role> CAREWORKERS = EnumSet.of(Role.COMMUNITY_WORKER, Role.GRID_WORKER);

    private ResidentAccessPolicy() {}

    /** Officials, community workers and grid workers browse the residents of their region. */
    public static boolean mayBrowse(CurrentUser caller) {
        return caller.isOfficial() || caller.hasAny(CAREWORKERS);
    }

    /** Community and grid workers register and correct households and residents. */
    public static boolean mayEdit(CurrentUser caller) {
        return caller.hasAny(CAREWORKERS);
    }

    /** Grid workers log their visits (走访); community workers too, when they go themselves. */
    public static boolean mayLogVisits(CurrentUser caller) {
        return caller.hasAny(CAREWORKERS);
    }

    /**
     * The ID number, phone and health notes are shown whole only to the community and grid workers of
     * the record's region, and only on the resident's own page; everyone else sees them masked.
     */
    public static boolean seesWholePersonalData(CurrentUser caller, String recordRegionPath) {
        return caller.hasAny(CAREWORKERS) && caller.canSee(recordRegionPath);
    }
}
