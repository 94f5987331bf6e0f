package org.civicgrid.rivers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.civicgrid.access.AccountManagement;
import org.civicgrid.access.UserSummary;
import org.civicgrid.region.RegionRef;
import org.civicgrid.rivers.RiverCommands.AddSegment;
import org.civicgrid.rivers.RiverCommands.AppointChief;
import org.civicgrid.rivers.RiverCommands.RegisterWaterBody;
import org.civicgrid.support.Sessions;
import org.civicgrid.support.TestUsers;
import org.springframework.security.core.context.SecurityContextHolder;

/** A fresh stream with one segment in a community and a village chief who signs in, for one test. */
final class RiverFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    record Stream(long bodyId, long segmentId, long chiefId, String chiefUsername, RegionRef community) {}

    private RiverFixtures() {}

    static Stream stream(RiverManagement rivers, AccountManagement accounts, TestUsers users, String community,
            WaterbodyType type) {
        RegionRef region = users.region(community);
        UserSummary chiefUser = users.create("RIVER_CHIEF", community);
        Sessions.signIn(accounts, "admin");
        try {
            int n = SEQ.incrementAndGet();
            long body = rivers.registerWaterBody(new RegisterWaterBody("T-" + System.nanoTime() + "-" + n, "测试港" + n,
                    type, BigDecimal.valueOf(3.5), null, "湘江", null, region.id()));
            long segment = rivers.addSegment(new AddSegment(body, "测试段", BigDecimal.ONE, region.id(),
                    "{\"type\":\"LineString\",\"coordinates\":[[113.088,27.828],[113.091,27.831]]}"));
            long chief = rivers.appointChief(new AppointChief("测试河长" + n, ChiefLevel.VILLAGE, "村级河长",
                    chiefUser.username(), region.id(), LocalDate.of(2024, 1, 1)));
            rivers.assign(segment, chief);
            return new Stream(body, segment, chief, chiefUser.username(), region);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
