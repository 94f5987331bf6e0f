package org.civicgrid.residents;

import java.time.Instant;

/**
 * 记录走访 — a grid or community worker writes down a visit to a household, or to one resident of it.
 *
 * @param visitedAt      when the visit took place; now when null; never in the future
 * @param findings       what the worker found
 * @param followUpNeeded whether someone must act on it
 * @param followUp       what must be done (required when a follow-up is needed)
 */
public record LogVisit(Instant visitedAt, String findings, boolean followUpNeeded, String followUp) {
}
