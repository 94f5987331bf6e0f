/**
 * 数据驾驶舱 — city, district, street and community views of everything the platform knows, each
 * scoped to the viewer, built from the panels the other modules contribute, with drill-down by region,
 * Excel export and monthly reports. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package org.civicgrid.dashboard;
