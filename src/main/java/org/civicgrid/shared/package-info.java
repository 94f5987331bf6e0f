/**
 * Shared kernel: the few types every module may use — problem types and errors, navigation entries,
 * demo-data loading, GeoJSON reading, Excel export, the clock, and the events that ask casework to
 * open a case and tell others how it went.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.civicgrid.shared;
