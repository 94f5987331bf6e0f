/**
 * 用户与权限 — users, roles, sign-in (form and bearer token), and the region scope every query obeys:
 * a user sees and changes only records at or under their own region.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.civicgrid.access;
