package org.civicgrid.cases.internal;

import java.util.function.Supplier;

import org.civicgrid.access.Role;
import org.civicgrid.access.UserId;
import org.civicgrid.cases.CaseAction;
import org.civicgrid.cases.CaseCatalogue;
import org.civicgrid.cases.CategoryView;
import org.civicgrid.cases.CaseStatus;
import org.civicgrid.notifications.Notifications;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.events.CaseStatusChanged;
import org.civicgrid.shared.events.SearchableChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What follows every step: {@link CaseStatusChanged} for the module that asked for the case, the search
 * index's {@link SearchableChanged} (public fields only), and a message to the people who must act next
 * (their inbox, and SMS or WeChat through any {@code NotificationChannel}).
 */
@Component
public class CaseEffects {

    /** Search kind of cases. */
    public static final String SEARCH_KIND = "case";

    private static final ThreadLocal<Boolean> QUIET = ThreadLocal.withInitial(() -> false);

    private final ApplicationEventPublisher events;
    private final Notifications notifications;
    private final Regions regions;
    private final CaseCatalogue catalogue;
    private final TransactionTemplate newTransaction;

    CaseEffects(ApplicationEventPublisher events, Notifications notifications, Regions regions,
            CaseCatalogue catalogue, PlatformTransactionManager transactions) {
        this.events = events;
        this.notifications = notifications;
        this.regions = regions;
        this.catalogue = catalogue;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs {@code work} without sending notifications (demo data loads its history this way). */
    public static void quietly(Runnable work) {
        QUIET.set(true);
        try {
            work.run();
        } finally {
            QUIET.set(false);
        }
    }

    public boolean inTransaction(Supplier<Boolean> work) {
        return Boolean.TRUE.equals(newTransaction.execute(s -> work.get()));
    }

    public void stepped(CaseFile c, CaseStep step, boolean ratingOnly) {
        // only a case another module asked for (it carries that module's reference) has anyone to tell: every
        // event published is a row in the event registry per listener, so a resident's report publishes none
        if (c.getSourceRef() != null) {
            events.publishEvent(new CaseStatusChanged(c.getId(), c.getSource().name(), c.getSourceRef(),
                    c.getStatus().name(), !c.getStatus().isOpen(), step.getStepAt()));
        }
        events.publishEvent(searchable(c));
        if (!ratingOnly && !QUIET.get()) {
            notifyNext(c, step);
        }
    }

    public void dueSoon(CaseFile c) {
        if (QUIET.get()) {
            return;
        }
        String title = "案卷 #" + c.getId() + " 即将超期";
        String body = categoryName(c) + "：" + shorten(c.getDescription()) + "（期限 " + c.getDeadline() + "）";
        toRole(Role.COMMUNITY_WORKER, c.getCommunityId(), "case.due-soon", title, body, c);
    }

    public SearchableChanged searchable(CaseFile c) {
        String title = "#" + c.getId() + " " + categoryName(c) + (c.getAddress() == null ? "" : " · " + c.getAddress());
        String text = c.getDescription() + (c.getAddress() == null ? "" : " " + c.getAddress()) + " " + c.getStatus();
        return new SearchableChanged(SEARCH_KIND, String.valueOf(c.getId()), c.getRegionPath(), title, text,
                "/cases/" + c.getId(), c.getUpdatedAt(), false);
    }

    private void notifyNext(CaseFile c, CaseStep step) {
        String what = categoryName(c) + "：" + shorten(c.getDescription());
        String kind = "case." + step.getAction().name().toLowerCase().replace('_', '-');
        CaseAction action = step.getAction();
        switch (action) {
            case REPORT, REOPEN -> toRole(Role.COMMUNITY_WORKER, c.getCommunityId(), kind,
                    "新案卷 #" + c.getId() + " 待立案", what, c);
            case REGISTER, SEND_BACK -> toRole(Role.COMMUNITY_WORKER, c.getCommunityId(), kind,
                    "案卷 #" + c.getId() + " 待派遣/处置", what, c);
            case DISPATCH -> toRole(Role.COMMUNITY_WORKER, c.getCommunityId(), kind,
                    "案卷 #" + c.getId() + " 已派遣至" + c.getDepartmentName(), what, c);
            case HANDLE -> toRole(Role.GRID_WORKER, c.getGridId(), kind, "案卷 #" + c.getId() + " 已处置，请核查", what, c);
            case VERIFY -> toRole(Role.COMMUNITY_WORKER, c.getCommunityId(), kind, "案卷 #" + c.getId() + " 核查通过，待结案",
                    what, c);
            case SUPERVISE -> {
                RegionRef region = regions.find(new RegionId(step.toView().supervisionRegionId())).orElse(null);
                if (region != null) {
                    Role official = switch (region.level()) {
                        case CITY -> Role.CITY_OFFICIAL;
                        case DISTRICT -> Role.DISTRICT_OFFICIAL;
                        default -> Role.STREET_OFFICIAL;
                    };
                    toRole(official, region.id(), kind, "督办：案卷 #" + c.getId() + " 已超期", what, c);
                }
                toRole(Role.COMMUNITY_WORKER, c.getCommunityId(), kind, "督办：案卷 #" + c.getId() + " 已超期", what, c);
            }
            case CLOSE, REJECT, MERGE -> {
                if (c.getReporterId() != null) {
                    String title = c.getStatus() == CaseStatus.CLOSED ? "您反映的问题 #" + c.getId() + " 已办结"
                            : "您反映的问题 #" + c.getId() + " 未予立案";
                    notifications.send(new UserId(c.getReporterId()), kind, title,
                            step.getStepComment() == null ? what : step.getStepComment(), "/cases/" + c.getId());
                }
            }
            default -> { }
        }
    }

    private void toRole(Role role, Long regionId, String kind, String title, String body, CaseFile c) {
        if (regionId != null) {
            notifications.sendToRole(role, new RegionId(regionId), kind, title, body, "/cases/" + c.getId());
        }
    }

    private String categoryName(CaseFile c) {
        // from the catalogue's snapshot: a query here would flush the session on every step
        return catalogue.find(c.getCategoryCode()).map(CategoryView::name).orElse(c.getCategoryCode());
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
