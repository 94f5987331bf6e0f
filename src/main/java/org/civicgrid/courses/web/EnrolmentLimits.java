package org.civicgrid.courses.web;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.shared.TooManyRequestsException;
import org.civicgrid.shared.ratelimit.RateLimits;
import org.springframework.stereotype.Component;

/**
 * 报名限流 — how often one account ({@code enrol}) and one client address ({@code enrol-address}) may ask for a
 * seat, on the API and on the class page alike: a resident enrols in a few classes, and a popular class
 * opening sends a neighbourhood's enrolments through a few addresses within minutes, so the limits only stop
 * a script hammering the button. Set with {@code civicgrid.rate-limits.<name>} (see {@link RateLimits}).
 */
@Component
class EnrolmentLimits {

    private final RateLimits limits;

    EnrolmentLimits(RateLimits limits) {
        this.limits = limits;
    }

    /** @throws TooManyRequestsException when the account or the address has asked too often for now */
    void admit(CurrentUser me, String clientAddress) {
        limits.consume("enrol", "user:" + me.id());
        if (clientAddress != null && !clientAddress.isBlank()) {
            limits.consume("enrol-address", "ip:" + clientAddress);
        }
    }
}
