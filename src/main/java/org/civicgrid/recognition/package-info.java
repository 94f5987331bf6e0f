/**
 * 先进典型与评议 — public voting on candidates (湖南好人, 文明楼栋, 文明家庭, 最美邻居): campaigns with a voting
 * window and a rule, votes kept honest by unique keys in the database, flood limits per account and per
 * address, exact results that are published once the window closes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recognition and public voting")
package org.civicgrid.recognition;
