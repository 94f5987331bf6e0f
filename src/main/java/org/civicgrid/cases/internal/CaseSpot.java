package org.civicgrid.cases.internal;

/** Where an open case lies: enough to find the nearest one (the duplicate hint reads no whole cases). */
public record CaseSpot(long id, double lat, double lng) {}
