package org.civicgrid.notices.internal;

import org.civicgrid.notices.ApplicationManagement;
import org.civicgrid.shared.events.CaseStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Follows the cases that forwarded applications became ({@code sourceRef} {@code application:<id>}). */
@Component
class CaseProgressListener {

    static final String PREFIX = "application:";

    private final ApplicationManagement applications;

    CaseProgressListener(ApplicationManagement applications) {
        this.applications = applications;
    }

    @ApplicationModuleListener
    void on(CaseStatusChanged changed) {
        String ref = changed.sourceRef();
        if (ref == null || !ref.startsWith(PREFIX) || !"RESIDENT".equals(changed.source())) {
            return;
        }
        try {
            long id = Long.parseLong(ref.substring(PREFIX.length()));
            applications.caseProgressed(id, changed.caseId(), changed.status(), changed.closed(), changed.at());
        } catch (NumberFormatException e) {
            // not one of ours
        }
    }
}
