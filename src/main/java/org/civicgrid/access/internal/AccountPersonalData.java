package org.civicgrid.access.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.civicgrid.access.Role;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.privacy.PersonalDataSection;
import org.springframework.stereotype.Component;

/** The account itself in a person's copy of their data: never the password hash. */
@Component
class AccountPersonalData implements PersonalDataSection {

    /** @param region the home region as its names from the city down, e.g. 株洲市 / 天元区 / … */
    record Account(long id, String username, String displayName, Set<Role> roles, long regionId, List<String> region,
            boolean enabled, Instant lastLoginAt, Instant createdAt) {}

    private final UserAccountRepository users;
    private final Regions regions;

    AccountPersonalData(UserAccountRepository users, Regions regions) {
        this.users = users;
        this.regions = regions;
    }

    @Override
    public String id() {
        return "account";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Account collect(long userId) {
        UserAccount u = users.findById(userId).orElseThrow();
        List<String> region = regions.lineage(new RegionId(u.getRegionId())).stream().map(RegionRef::name).toList();
        return new Account(u.getId(), u.getUsername(), u.getDisplayName(),
                u.getRoles(), u.getRegionId(), region, u.isEnabled(),
                u.getLastLoginAt(), u.getCreatedAt());
    }
}
