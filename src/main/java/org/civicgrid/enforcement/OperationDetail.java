package org.civicgrid.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** 联合执法行动 — one operation with its roads, departments, tally lines and totals by type. */
public record OperationDetail(long id, String number, LocalDate date, long regionId, String regionName,
        String regionPath, List<RoadView> roads, List<String> departments, String leadOfficerUsername,
        String leadOfficerName, String notes, List<TallyLineView> lines, List<TypeTotal> totals, long total,
        String recordedBy, Instant recordedAt) {
}
