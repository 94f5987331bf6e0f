/**
 * 志愿服务 — volunteers, teams, activities with sign-up within capacity, check-in and check-out, service
 * hours and certificates per the Ministry of Civil Affairs' volunteer-record rules; in-post party members'
 * monthly civilization micro-service (文明实践微服务). Refers to paired units by id only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Volunteering")
package org.civicgrid.volunteering;
