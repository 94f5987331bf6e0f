package org.civicgrid.notices;

/** The services residents can apply for online. */
public enum ServiceType {
    /** 临时救助 — temporary assistance for a household in sudden hardship (the community applies to civil affairs). */
    TEMPORARY_ASSISTANCE(true),
    /** 居住证明 — a certificate that the applicant lives in the community. */
    RESIDENCE_CERTIFICATE(false),
    /** 高龄津贴 — the old-age allowance for residents aged 80 and over. */
    OLD_AGE_ALLOWANCE(false);

    private final boolean forwardable;

    ServiceType(boolean forwardable) {
        this.forwardable = forwardable;
    }

    /** Whether the worker may forward the application as a case (it needs departments beyond the community). */
    public boolean forwardable() {
        return forwardable;
    }
}
