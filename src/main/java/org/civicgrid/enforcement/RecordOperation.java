package org.civicgrid.enforcement;

import java.time.LocalDate;
import java.util.List;

/**
 * 录入执法行动 — records an operation with its first tally lines.
 *
 * @param regionId    the region the operation belongs to; null means the recorder's own region
 * @param leadOfficer username of the lead officer (role ENFORCEMENT_OFFICER)
 */
public record RecordOperation(String number, LocalDate date, Long regionId, List<Long> roadIds,
        List<String> departments, String leadOfficer, String notes, List<Tally> tallies) {

    /**
     * One tally line.
     *
     * @param violationType the violation type's code, e.g. {@code NO_HELMET}
     * @param roadId        one of the operation's roads, or null for all of them
     * @param action        null means the type's default action
     */
    public record Tally(String violationType, Long roadId, Integer count, EnforcementAction action, String note) {}
}
