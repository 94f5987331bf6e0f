package org.civicgrid.notices;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.shared.ForbiddenException;

/** The public account is written and worked by staff: community workers and officials. */
public final class StaffOnly {

    private StaffOnly() {}

    /** @throws ForbiddenException with {@code detail} when the caller is not staff */
    public static CurrentUser require(String detail) {
        CurrentUser me = CurrentUsers.require();
        if (!me.isStaff()) {
            throw new ForbiddenException(detail);
        }
        return me;
    }
}
