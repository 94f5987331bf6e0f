package org.civicgrid.courses;

/** A counsellor of a community's counselling room. */
public record CounsellorView(long id, long userId, String displayName, String qualification, long regionId) {
}
