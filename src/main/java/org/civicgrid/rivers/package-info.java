/**
 * 河长制 — river chiefs: the registry of water bodies and their segments by region (一河一档), chiefs at
 * four levels plus civilian chiefs, patrols (巡河) with tracks and duty compliance, problems that become
 * cases through {@link org.civicgrid.rivers.PatrolProblemFound}, water quality by GB 3838-2002 with
 * black-odorous grading, remediation projects, campaigns and the 4+1 joint patrol rota.
 */
@org.springframework.modulith.ApplicationModule(displayName = "River chiefs")
package org.civicgrid.rivers;
