/**
 * 居民与重点人群 — households, residents with their care tags (独居老人, 留守儿童, 困境儿童, 残疾人, 困难家庭,
 * 外来务工子女, 行动不便党员) and the grid workers' visits (走访记录). ID numbers, phones and health notes are
 * encrypted at rest, masked in lists, and shown whole only to the community and grid workers of the
 * record's region, with every such view audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Residents and care")
package org.civicgrid.residents;
