/**
 * 社区服务 — the community's classes with limited seats (社区学苑, 四点半课堂, 儿童快乐之家, 读书会, 红色讲堂)
 * and the psychological counselling room. Seats are taken by a guarded counter in the database, so a
 * class never oversells; a lottery is seeded and kept so it can be re-run; the waiting list promotes in order.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community classes and counselling")
package org.civicgrid.courses;
