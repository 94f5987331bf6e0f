package org.civicgrid.access;

import java.time.Instant;
import java.util.Set;

/** A user as lists and other modules see them (never the password hash). */
public record UserSummary(long id, String username, String displayName, Set<Role> roles, long regionId,
        String regionPath, boolean enabled, boolean locked, int failedAttempts, Instant lockedUntil,
        Instant lastLoginAt, Instant createdAt) {
}
