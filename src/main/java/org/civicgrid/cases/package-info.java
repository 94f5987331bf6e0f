/**
 * 事件处置 — casework, the heart of CivicGrid: the 部件/事件 catalogue, cases from report to close with
 * every step appended, routing to departments, working-time deadlines and supervision, duplicates,
 * evaluation, and Open311 GeoReport v2 for the public.
 *
 * <p>The root package is the module's API: {@link org.civicgrid.cases.CaseManagement} (cases and their
 * workflow), {@link org.civicgrid.cases.CaseCatalogue} (categories, departments, routing, calendar) and
 * {@link org.civicgrid.cases.CaseEvaluation} (figures). Other modules never call these to open a case:
 * they publish a {@code shared.events.CaseRequest} and hear back through {@code CaseStatusChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package org.civicgrid.cases;
