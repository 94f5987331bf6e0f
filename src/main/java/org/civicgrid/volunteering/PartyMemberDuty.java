package org.civicgrid.volunteering;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.UserId;
import org.civicgrid.notifications.Notifications;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.time.TimeConfiguration;
import org.civicgrid.volunteering.Views.DutyLine;
import org.civicgrid.volunteering.internal.ServicePolicy;
import org.civicgrid.volunteering.internal.SignUpRepository;
import org.civicgrid.volunteering.internal.Volunteer;
import org.civicgrid.volunteering.internal.VolunteerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 在职党员文明实践微服务 — each in-post party member registered with a community owes at least one
 * civilization micro-service there a month. A month is a calendar month in Asia/Shanghai; a service counts
 * in the month its check-in falls in.
 */
@Service
public class PartyMemberDuty {

    public static final String REMINDER_KIND = "volunteering.micro-service-reminder";
    private static final Logger log = LoggerFactory.getLogger(PartyMemberDuty.class);

    private final VolunteerRepository volunteers;
    private final SignUpRepository signUps;
    private final Regions regions;
    private final Notifications notifications;
    private final Clock clock;

    PartyMemberDuty(VolunteerRepository volunteers, SignUpRepository signUps, Regions regions,
            Notifications notifications, Clock clock) {
        this.volunteers = volunteers;
        this.signUps = signUps;
        this.regions = regions;
        this.notifications = notifications;
        this.clock = clock;
    }

    public YearMonth currentMonth() {
        return YearMonth.now(clock);
    }

    /** The board of the caller's region (staff): every registered party member and whether they are behind. */
    @Transactional(readOnly = true)
    public List<DutyLine> board(YearMonth month, Long communityId) {
        CurrentUser me = CurrentUsers.require();
        if (!me.isStaff()) {
            throw new ForbiddenException("Only officials and community workers see the duty board");
        }
        String scope = me.scope().likePattern();
        if (communityId != null) {
            RegionRef community = regions.find(new RegionId(communityId)).filter(r -> me.canSee(r.path()))
                    .orElseThrow(() -> new org.civicgrid.shared.NotFoundException("Community", communityId));
            scope = community.path() + "%";
        }
        return lines(volunteers.partyMembersIn(scope), month);
    }

    /** For other modules: the board of these units' members (no scope check; callers apply their own). */
    @Transactional(readOnly = true)
    public List<DutyLine> boardOfUnits(Set<Long> unitIds, YearMonth month) {
        return unitIds.isEmpty() ? List.of() : lines(volunteers.partyMembersOf(unitIds), month);
    }

    /** The signed-in member's own standing this month. */
    @Transactional(readOnly = true)
    public java.util.Optional<DutyLine> mine(YearMonth month) {
        return volunteers.findByUserId(CurrentUsers.require().id()).filter(Volunteer::isPartyMember)
                .map(v -> lines(List.of(v), month).get(0));
    }

    /**
     * 月底提醒 — near the month's end, puts a reminder in the inbox of every member still behind. Each member
     * gets at most one reminder a month, however often this runs (and on however many instances).
     *
     * @return how many reminders were sent
     */
    @Transactional
    public int remindBehind(LocalDate today, int daysBeforeMonthEnd) {
        YearMonth month = YearMonth.from(today);
        if (today.isBefore(month.atEndOfMonth().minusDays(daysBeforeMonthEnd - 1L))) {
            return 0;
        }
        String link = "/volunteering/me?month=" + month;
        int sent = 0;
        for (DutyLine line : lines(volunteers.partyMembersIn("/%"), month)) {
            Volunteer v = volunteers.findById(line.volunteerId()).orElseThrow();
            if (!line.behind() || v.getUserId() == null) {
                continue;
            }
            UserId user = new UserId(v.getUserId());
            if (notifications.countSent(user, REMINDER_KIND, link) > 0) {
                continue;
            }
            notifications.send(user, REMINDER_KIND, "本月文明实践微服务尚未完成",
                    line.name() + "同志：" + month.getYear() + "年" + month.getMonthValue() + "月即将结束，您在"
                            + line.communityName() + "的“文明实践微服务”本月还没有记录，请在月底前报名参加一次。",
                    link);
            sent++;
        }
        log.info("Micro-service reminders for {}: {} sent", month, sent);
        return sent;
    }

    private List<DutyLine> lines(List<Volunteer> members, YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(TimeConfiguration.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(TimeConfiguration.ZONE).toInstant();
        Map<Long, Integer> counts = new HashMap<>();
        if (!members.isEmpty()) {
            Collection<Long> ids = members.stream().map(Volunteer::getId).toList();
            for (Object[] row : signUps.countServices(ids, ActivityType.CIVILIZATION_MICRO_SERVICE, from, to)) {
                counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
            }
        }
        return members.stream().map(v -> {
            int n = counts.getOrDefault(v.getId(), 0);
            return new DutyLine(v.getId(), v.getName(), v.getUnitId(), v.getRegionId(),
                    regions.nameOf(v.getRegionId()),
                    v.getPartyRegisteredOn(), ServicePolicy.owesMicroService(v.getPartyRegisteredOn(), month), n,
                    ServicePolicy.behind(v.getPartyRegisteredOn(), month, n));
        }).toList();
    }
}
