/**
 * 行政区划与网格 — the region tree (city, district, street or township, community or village, grid,
 * compound) and the point-to-grid lookup. Every record elsewhere belongs to a region and carries its
 * path, so that scope checks are a prefix match.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regions and grids")
package org.civicgrid.region;
