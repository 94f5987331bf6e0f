package org.civicgrid.enforcement.internal;

import org.civicgrid.enforcement.EnforcementFollowUpRequested;
import org.civicgrid.shared.events.CaseStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Follows the cases opened for tally lines: casework reports each step with our {@code enforcement-line:<id>}. */
@Component
class CaseProgress {

    private static final Logger log = LoggerFactory.getLogger(CaseProgress.class);

    private final TallyLineRepository lines;

    CaseProgress(TallyLineRepository lines) {
        this.lines = lines;
    }

    @ApplicationModuleListener
    void on(CaseStatusChanged event) {
        String ref = event.sourceRef();
        if (ref == null || !ref.startsWith(EnforcementFollowUpRequested.REF_PREFIX)) {
            return;
        }
        long lineId;
        try {
            lineId = Long.parseLong(ref.substring(EnforcementFollowUpRequested.REF_PREFIX.length()));
        } catch (NumberFormatException e) {
            log.warn("Ignoring case {} with malformed reference {}", event.caseId(), ref);
            return;
        }
        lines.findById(lineId).ifPresentOrElse(
                line -> line.caseProgressed(event.caseId(), event.status(), event.closed(), event.at()),
                () -> log.warn("Case {} refers to tally line {}, which does not exist", event.caseId(), lineId));
    }
}
