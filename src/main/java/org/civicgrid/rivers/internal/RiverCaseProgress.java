package org.civicgrid.rivers.internal;

import org.civicgrid.rivers.PatrolProblemFound;
import org.civicgrid.shared.events.CaseStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Follows the cases opened for river problems: casework reports each step with our {@code river-problem:<id>}. */
@Component
class RiverCaseProgress {

    private static final Logger log = LoggerFactory.getLogger(RiverCaseProgress.class);

    private final RiverProblemRepository problems;

    RiverCaseProgress(RiverProblemRepository problems) {
        this.problems = problems;
    }

    @ApplicationModuleListener
    void on(CaseStatusChanged event) {
        String ref = event.sourceRef();
        if (ref == null || !ref.startsWith(PatrolProblemFound.REF_PREFIX)) {
            return;
        }
        long problemId;
        try {
            problemId = Long.parseLong(ref.substring(PatrolProblemFound.REF_PREFIX.length()));
        } catch (NumberFormatException e) {
            log.warn("Ignoring case {} with malformed reference {}", event.caseId(), ref);
            return;
        }
        problems.findById(problemId).ifPresentOrElse(
                p -> p.caseProgressed(event.caseId(), event.status(), event.closed(), event.at()),
                () -> log.warn("Case {} refers to river problem {}, which does not exist", event.caseId(), problemId));
    }
}
