/**
 * 全文检索 — one search box for officials and community workers across cases, residents, notices,
 * rivers, units and enforcement operations. Every module publishes
 * {@link org.civicgrid.shared.events.SearchableChanged}; this module keeps an index of them (CJK
 * bigrams plus words) behind {@link org.civicgrid.search.SearchBackend}, scoped by region path and
 * ranked title-first, and rebuilds it on the administrator's request from every module's
 * {@link org.civicgrid.shared.search.SearchSource}. Nothing depends on this module. See docs/SEARCH.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.civicgrid.search;
