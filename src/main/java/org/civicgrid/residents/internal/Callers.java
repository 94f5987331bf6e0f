package org.civicgrid.residents.internal;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.shared.ForbiddenException;

/** The signed-in caller, refused with 403 unless {@link ResidentAccessPolicy} lets their role act. */
public final class Callers {

    private Callers() {}

    /** Officials, community workers and grid workers. */
    public static CurrentUser browsing() {
        CurrentUser caller = CurrentUsers.require();
        if (!ResidentAccessPolicy.mayBrowse(caller)) {
            throw new ForbiddenException("Only officials, community workers and grid workers see residents' records");
        }
        return caller;
    }

    /** Community workers and grid workers. */
    public static CurrentUser editing() {
        CurrentUser caller = CurrentUsers.require();
        if (!ResidentAccessPolicy.mayEdit(caller)) {
            throw new ForbiddenException("Only community and grid workers register and correct residents' records");
        }
        return caller;
    }

    /** Grid workers and community workers. */
    public static CurrentUser visiting() {
        CurrentUser caller = CurrentUsers.require();
        if (!ResidentAccessPolicy.mayLogVisits(caller)) {
            throw new ForbiddenException("Only grid workers and community workers log visits");
        }
        return caller;
    }
}
