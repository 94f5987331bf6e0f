/**
 * 信息发布与网上办事 — the community's public account: news and notices (sanitised rich text, cover image,
 * scheduled publishing, pinned items, an Atom feed per community), service guides (办事指南) and online
 * applications that land in the community worker's inbox ("网络数据多跑路，居民办事少跑腿").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notices and services online")
package org.civicgrid.notices;
