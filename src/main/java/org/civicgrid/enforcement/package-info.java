/**
 * 联合执法 — joint enforcement operations of the civilized-city campaign: which roads, which departments,
 * who led, and the tallies by violation type (helmets, sunshades, e-bikes, vendors, shops, taxis,
 * dogs, arcade machines ...), with hot spots by road and over time. A tally line that needs more work
 * becomes a case through {@link org.civicgrid.enforcement.EnforcementFollowUpRequested}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Joint enforcement")
package org.civicgrid.enforcement;
