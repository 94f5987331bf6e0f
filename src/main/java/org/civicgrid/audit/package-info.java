/**
 * 审计 — an append-only log of every write (who, when, what, before and after) and of every view of a
 * resident's full personal data. Writes are captured from Hibernate's events, so no module can forget.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.civicgrid.audit;
