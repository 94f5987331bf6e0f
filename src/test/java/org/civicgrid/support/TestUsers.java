package org.civicgrid.support;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.UserSummary;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.springframework.stereotype.Component;

/** Makes users with unique names for a test, in a region found by name. Password: {@link Api#DEMO_PASSWORD}. */
@Component
public class TestUsers {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final AccountManagement accounts;
    private final Regions regions;

    TestUsers(AccountManagement accounts, Regions regions) {
        this.accounts = accounts;
        this.regions = regions;
    }

    public UserSummary create(String role, String regionName) {
        String username = "t" + System.nanoTime() % 1_000_000_000L + "-" + SEQ.incrementAndGet();
        return accounts.registerDemo(new AccountManagement.CreateUser(username, Api.DEMO_PASSWORD, "测试用户 " + username,
                Set.of(role), region(regionName).id()));
    }

    public RegionRef region(String name) {
        return regions.search(name, null, 5).stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No region named " + name));
    }

    public RegionRef region(String name, RegionLevel level) {
        return regions.search(name, level, 5).stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No region named " + name));
    }
}
