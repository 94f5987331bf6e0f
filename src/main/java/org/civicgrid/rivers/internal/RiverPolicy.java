package org.civicgrid.rivers.internal;

import java.util.ArrayList;
import java.util.List;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.Role;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.rivers.ChiefLevel;

/** The rules of the river registry and patrols, each with its own test. */
public final class RiverPolicy {

    private RiverPolicy() {}

    /** A chief answers only for segments inside their own region (a township chief, for the township's reaches). */
    public static boolean chiefMayAnswerFor(String chiefRegionPath, ChiefLevel level, String segmentRegionPath) {
        return segmentRegionPath != null && chiefRegionPath != null && segmentRegionPath.startsWith(chiefRegionPath);
    }

    /**
     * The official levels a segment needs a chief for: every level whose region lies at or above the segment's region
     * (a reach inside a village has all four; one drawn at district level has a city and a county chief).
     */
    public static List<ChiefLevel> applicableLevels(RegionLevel segmentRegionLevel) {
        List<ChiefLevel> out = new ArrayList<>();
        for (ChiefLevel level : ChiefLevel.values()) {
            if (level.isOfficial() && !segmentRegionLevel.isAbove(level.regionLevel())) {
                out.add(level);
            }
        }
        return out;
    }

    /** River chiefs (with a chief record) and officials report problems; residents use the ordinary case report. */
    public static boolean mayReportProblems(CurrentUser caller, int chiefRecords) {
        return caller.isOfficial() || (caller.has(Role.RIVER_CHIEF) && chiefRecords > 0) || chiefRecords > 0;
    }

    /** A patrol is walked by the chief themself: the chief record must be linked to the caller's account. */
    public static boolean mayPatrolAs(CurrentUser caller, RiverChief chief) {
        return chief.getUsername() != null && chief.getUsername().equals(caller.username());
    }

    /** A patrol may be entered afterwards by the chief, or by an official whose region holds the chief. */
    public static boolean mayEnterPatrolFor(CurrentUser caller, RiverChief chief) {
        return mayPatrolAs(caller, chief) || (caller.isOfficial() && caller.canSee(chief.getRegionPath()));
    }
}
