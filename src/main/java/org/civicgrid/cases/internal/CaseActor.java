package org.civicgrid.cases.internal;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.Role;

/** Who takes a step: a person in one of their roles, or the system (jobs, other modules' requests). */
public record CaseActor(Long id, String username, String name, String role) {

    public static final CaseActor SYSTEM = new CaseActor(null, "system", "系统", null);

    public static CaseActor of(CurrentUser user, Role actingAs) {
        return new CaseActor(user.id(), user.username(), user.displayName(), actingAs == null ? null : actingAs.name());
    }
}
