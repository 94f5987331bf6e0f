package org.civicgrid.cases.internal;

import org.civicgrid.cases.CaseStatus;

/** Where a case lies and how it stands: enough to find the nearest open one (the duplicate hint reads no whole cases). */
public record CaseSpot(long id, double lat, double lng, CaseStatus status) {}
