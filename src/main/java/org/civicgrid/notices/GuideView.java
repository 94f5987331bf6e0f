package org.civicgrid.notices;

import java.time.Instant;
import java.util.List;

/** 办事指南 — what to bring, where to go, when, whom to call, the steps; and whether it can be done online. */
public record GuideView(long id, long regionId, String regionPath, String regionName, String title,
        ServiceType serviceType, String summary, List<String> materials, String location, String hours, String phone,
        String steps, Instant updatedAt) {

    public boolean online() {
        return serviceType != null;
    }
}
