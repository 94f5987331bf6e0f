package org.civicgrid.volunteering;

/** How a check-in or check-out was made. */
public enum CheckMethod {
    /** 组织者签到 — the organiser marked it. */
    ORGANISER,
    /** 现场定位签到 — the volunteer did it on a phone near the place. */
    GEOLOCATION
}
