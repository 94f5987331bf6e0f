package org.civicgrid.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Set;

/** The signed-in user as every module sees them: who, which roles, and the region they act in. */
public record CurrentUser(long id, String username, String displayName, Set<Role> roles, long regionId,
        String regionPath) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public UserId userId() {
        return new UserId(id);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Collection<Role> any) {
        return any.stream().anyMatch(roles::contains);
    }

    public boolean isOfficial() {
        return hasAny(Role.OFFICIALS);
    }

    /** Staff work inside their region: officials and community workers. */
    public boolean isStaff() {
        return hasAny(Role.STAFF);
    }

    public Scope scope() {
        return new Scope(regionPath);
    }

    public boolean canSee(String recordRegionPath) {
        return scope().includes(recordRegionPath);
    }

    /**
     * True when the user's home region lies at or under the record's region: a community's classes,
     * campaigns and notices reach the people who live in it, and a city-wide campaign reaches everyone.
     */
    public boolean livesWithin(String recordRegionPath) {
        return recordRegionPath != null && regionPath.startsWith(recordRegionPath);
    }
}
