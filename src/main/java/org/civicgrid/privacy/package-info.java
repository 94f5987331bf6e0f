/**
 * 个人信息 — a person's own data: every signed-in user (a resident above all) downloads, as one JSON file,
 * what the platform holds about them — their account, their resident record with its visits and who has
 * viewed it, their reports and their history, classes, votes, volunteer service, messages and
 * applications. Each module contributes a {@link org.civicgrid.shared.privacy.PersonalDataSection}; this
 * module gathers them and records the download in the audit log. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package org.civicgrid.privacy;
