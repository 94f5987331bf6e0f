package org.civicgrid.notices;

import java.time.Instant;

/** A resident applied online for a service. */
public record ApplicationSubmitted(long applicationId, ServiceType serviceType, String regionPath, Instant at) {
}
