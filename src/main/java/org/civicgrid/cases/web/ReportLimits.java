package org.civicgrid.cases.web;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.Role;
import org.civicgrid.shared.TooManyRequestsException;
import org.civicgrid.shared.ratelimit.RateLimits;
import org.springframework.stereotype.Component;

/**
 * 上报限流 — how often one account and one client address may file reports and upload photos, on the API and
 * on the report page alike. Residents have {@code report} and {@code photo}; anyone who works cases (officials,
 * community and grid workers, liaisons, river chiefs, enforcement officers) has the much larger
 * {@code report-staff} and {@code photo-staff}; every signed-in account behind one address shares
 * {@code report-address} and {@code photo-address}. Open311 filings, which have no account, are counted per
 * address under {@code report-public} by the Open311 controller. Limits are set with
 * {@code civicgrid.rate-limits.<name>} (see {@link RateLimits}).
 */
@Component
class ReportLimits {

    private final RateLimits limits;

    ReportLimits(RateLimits limits) {
        this.limits = limits;
    }

    /** @throws TooManyRequestsException when the account or the address has filed too many reports for now */
    void report(CurrentUser me, String clientAddress) {
        take("report", me, clientAddress);
    }

    /** @throws TooManyRequestsException when the account or the address has uploaded too many photos for now */
    void photo(CurrentUser me, String clientAddress) {
        take("photo", me, clientAddress);
    }

    /** Whoever holds a role beyond resident and volunteer files reports as part of their work. */
    static boolean worksCases(CurrentUser me) {
        return me.roles().stream().anyMatch(r -> r != Role.RESIDENT && r != Role.VOLUNTEER);
    }

    private void take(String name, CurrentUser me, String clientAddress) {
        limits.consume(worksCases(me) ? name + "-staff" : name, "user:" + me.id());
        if (clientAddress != null && !clientAddress.isBlank()) {
            limits.consume(name + "-address", "ip:" + clientAddress);
        }
    }
}
