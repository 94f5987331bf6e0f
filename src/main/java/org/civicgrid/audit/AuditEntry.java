package org.civicgrid.audit;

import java.time.Instant;

/** One line of the audit log. {@code action} is INSERT, UPDATE, DELETE or VIEW. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
        String regionPath, String summary, String beforeState, String afterState) {
}
