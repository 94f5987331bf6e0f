package org.civicgrid.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An operation as lists and exports show it.
 *
 * @param byType counts by violation type code
 */
public record OperationSummary(long id, String number, LocalDate date, long regionId, String regionName,
        List<String> roads, List<String> departments, String leadOfficerName, Map<String, Long> byType, long total) {

    public long count(String typeCode) {
        return byType.getOrDefault(typeCode, 0L);
    }
}
