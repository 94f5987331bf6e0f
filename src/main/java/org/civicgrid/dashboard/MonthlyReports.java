package org.civicgrid.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.civicgrid.access.CurrentUser;
import org.civicgrid.access.CurrentUsers;
import org.civicgrid.access.Role;
import org.civicgrid.dashboard.internal.MonthlyReport;
import org.civicgrid.dashboard.internal.MonthlyReportRepository;
import org.civicgrid.dashboard.internal.ReportPdf;
import org.civicgrid.dashboard.web.DashboardWorkbook;
import org.civicgrid.region.RegionId;
import org.civicgrid.region.RegionLevel;
import org.civicgrid.region.RegionRef;
import org.civicgrid.region.Regions;
import org.civicgrid.shared.ForbiddenException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.NotFoundException;
import org.civicgrid.shared.time.TimeConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 月度报告 — a region's month in figures, tables and charts, as an Excel workbook and a PDF: generated when an
 * official asks, and for the city and every district, street and community (configurable) on the first of each
 * month for the month before — down to communities because a community worker's dashboard is her community's,
 * and its list of reports should hold last month's without her asking. The files sit in the uploads folder under
 * {@code reports/}; a row per region and month lists them, and a report is only ever handed to a viewer whose
 * region contains it.
 */
@Service
public class MonthlyReports {

    /** A report as the page and the API list it. */
    public record ReportView(long id, long regionId, String regionName, YearMonth month, LocalDate periodTo,
            Instant generatedAt, String generatedBy) {}

    /** A file to send: where it is, and the name to offer. */
    public record ReportFile(Path path, String fileName) {}

    /** The user name the monthly job writes as the author. */
    public static final String SYSTEM = "system";

    private static final Logger log = LoggerFactory.getLogger(MonthlyReports.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final Dashboards dashboards;
    private final Regions regions;
    private final MonthlyReportRepository reports;
    private final ReportPdf pdf;
    private final MessageSource messages;
    private final Clock clock;
    private final Path folder;
    private final Set<RegionLevel> scheduledLevels;
    private final TransactionTemplate transaction;

    MonthlyReports(Dashboards dashboards, Regions regions, MonthlyReportRepository reports, ReportPdf pdf,
            MessageSource messages, Clock clock, @Value("${civicgrid.uploads.directory:./data/uploads}") Path uploads,
            @Value("${civicgrid.dashboard.reports.levels:CITY,DISTRICT,STREET,COMMUNITY}") String scheduledLevels,
            PlatformTransactionManager transactions) {
        this.dashboards = dashboards;
        this.regions = regions;
        this.reports = reports;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
        this.folder = uploads.toAbsolutePath().normalize().resolve("reports");
        this.scheduledLevels = java.util.Arrays.stream(scheduledLevels.split(",")).map(String::trim)
                .filter(l -> !l.isEmpty()).map(RegionLevel::valueOf).collect(Collectors.toCollection(
                        () -> java.util.EnumSet.noneOf(RegionLevel.class)));
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The reports of a region in the caller's scope (the caller's own region when null), latest month first. */
    @Transactional(readOnly = true)
    public List<ReportView> list(Long regionId) {
        RegionRef region = visibleRegion(requireStaff(), regionId);
        return reports.findByRegionIdOrderByReportMonthDesc(region.id(), PageRequest.of(0, 60)).stream()
                .map(MonthlyReports::view).toList();
    }

    /**
     * Generates (or generates again) the report of a region in the caller's scope for a month that has begun.
     *
     * @throws NotFoundException when the region lies outside the caller's scope
     */
    @Transactional
    public ReportView generate(Long regionId, YearMonth month) {
        CurrentUser me = requireStaff();
        RegionRef region = visibleRegion(me, regionId);
        if (month == null) {
            throw new InvalidInputException("month", "choose a month");
        }
        if (month.isAfter(YearMonth.now(clock.withZone(TimeConfiguration.ZONE)))) {
            throw new InvalidInputException("month", "the month has not begun yet");
        }
        Set<String> roles = me.roles().stream().map(Role::name).collect(Collectors.toSet());
        return view(write(region, month, roles, me.username()));
    }

    /**
     * The monthly job: the report of the month before {@code today} for every region at the configured levels.
     *
     * @return how many reports were written
     */
    public int generateAll(LocalDate today) {
        return generateAll(today, scheduledLevels);
    }

    /** The region levels the monthly job writes reports for ({@code civicgrid.dashboard.reports.levels}). */
    public Set<RegionLevel> scheduledLevels() {
        return java.util.Collections.unmodifiableSet(scheduledLevels);
    }

    /** As {@link #generateAll(LocalDate)}, for the regions at the given levels. */
    public int generateAll(LocalDate today, Set<RegionLevel> levels) {
        YearMonth month = YearMonth.from(today).minusMonths(1);
        List<RegionRef> targets = new ArrayList<>();
        RegionRef root = regions.root();
        for (RegionLevel level : levels) {
            if (root.level() == level) {
                targets.add(root);
            } else {
                targets.addAll(regions.within(root.path(), level));
            }
        }
        int written = 0;
        for (RegionRef region : targets) {
            try {
                transaction.executeWithoutResult(status -> write(region, month, null, SYSTEM));
                written++;
            } catch (RuntimeException e) {
                log.error("Monthly report for {} {} failed", region.name(), month, e);
            }
        }
        log.info("Monthly reports for {}: {} written", month, written);
        return written;
    }

    /**
     * A report's file, {@code xlsx} or {@code pdf}.
     *
     * @throws NotFoundException when there is no such report, or it lies outside the caller's scope
     */
    @Transactional(readOnly = true)
    public ReportFile file(long reportId, String format) {
        CurrentUser me = requireStaff();
        MonthlyReport report = reports.findById(reportId).filter(r -> me.canSee(r.getRegionPath()))
                .orElseThrow(() -> new NotFoundException("Report", reportId));
        String stored = switch (format) {
            case "xlsx" -> report.getXlsxFile();
            case "pdf" -> report.getPdfFile();
            default -> throw new NotFoundException("Report", reportId);
        };
        Path path = folder.resolve(stored);
        if (!Files.isReadable(path)) {
            throw new NotFoundException("Report", reportId);
        }
        return new ReportFile(path, report.getRegionName() + "-" + report.getMonth() + "-" + title(null) + "." + format);
    }

    private MonthlyReport write(RegionRef region, YearMonth month, Set<String> roles, String by) {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
        LocalDate to = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
        DashboardView view = dashboards.build(region, month.atDay(1), to, CHINESE, roles);
        String base = HexFormat.of().formatHex(random());
        String xlsx = base + ".xlsx";
        String pdfName = base + ".pdf";
        try {
            Files.createDirectories(folder);
            try (OutputStream out = Files.newOutputStream(folder.resolve(xlsx))) {
                DashboardWorkbook.write(view, messages, CHINESE, out);
            }
            try (OutputStream out = Files.newOutputStream(folder.resolve(pdfName))) {
                pdf.write(view, region.name() + " " + month.getYear() + "年" + month.getMonthValue() + "月"
                        + title(null), CHINESE, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MonthlyReport report = reports.findByRegionIdAndReportMonth(region.id(), month.toString())
                .orElseGet(() -> new MonthlyReport(region.id(), region.path(), region.name(), month));
        String oldXlsx = report.getXlsxFile();
        String oldPdf = report.getPdfFile();
        report.generated(xlsx, pdfName, to, clock.instant(), by);
        MonthlyReport saved = reports.save(report);
        deleteQuietly(oldXlsx);
        deleteQuietly(oldPdf);
        return saved;
    }

    private String title(Locale locale) {
        return messages.getMessage("dashboard.report.title", null, "月度报告", locale == null ? CHINESE : locale);
    }

    private void deleteQuietly(String name) {
        if (name != null) {
            try {
                Files.deleteIfExists(folder.resolve(name));
            } catch (IOException e) {
                log.warn("Cannot delete the replaced report file {}: {}", name, e.getMessage());
            }
        }
    }

    private static byte[] random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private RegionRef visibleRegion(CurrentUser me, Long regionId) {
        return regions.find(new RegionId(regionId == null ? me.regionId() : regionId)).filter(r -> me.canSee(r.path()))
                .orElseThrow(() -> new NotFoundException("Region", regionId));
    }

    private static CurrentUser requireStaff() {
        CurrentUser me = CurrentUsers.require();
        if (!me.isStaff()) {
            throw new ForbiddenException("Monthly reports are for officials and community workers");
        }
        return me;
    }

    private static ReportView view(MonthlyReport r) {
        return new ReportView(r.getId(), r.getRegionId(), r.getRegionName(), r.getMonth(), r.getPeriodTo(),
                r.getGeneratedAt(), r.getGeneratedBy());
    }
}
