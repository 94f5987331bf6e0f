package org.civicgrid.residents.web;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.civicgrid.residents.LogVisit;

/**
 * A visit as the API takes it.
 *
 * @param visitedAt when it took place, ISO-8601 with offset; now when absent
 */
record VisitRequest(OffsetDateTime visitedAt, @NotBlank @Size(max = 2000) String findings, Boolean followUpNeeded,
        @Size(max = 1000) String followUp) {

    LogVisit command() {
        return new LogVisit(visitedAt == null ? null : visitedAt.toInstant(), findings,
                Boolean.TRUE.equals(followUpNeeded), followUp);
    }
}
