package org.civicgrid.dashboard.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 月度报告 — one region's report for one month, as an Excel workbook and a PDF on disk. Generating it again
 * (the month is not over yet, or figures were corrected) replaces the files and keeps the row.
 */
@Entity
@Table(name = "dashboard_report")
public class MonthlyReport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dashboard_report_seq")
    @SequenceGenerator(name = "dashboard_report_seq", sequenceName = "dashboard_report_seq", allocationSize = 50)
    private Long id;

    private long regionId;
    private String regionPath;
    private String regionName;
    private String reportMonth;
    private LocalDate periodTo;
    private String xlsxFile;
    private String pdfFile;
    private Instant generatedAt;
    private String generatedBy;

    @Version
    private long version;

    protected MonthlyReport() {}

    public MonthlyReport(long regionId, String regionPath, String regionName, YearMonth month) {
        this.regionId = regionId;
        this.regionPath = regionPath;
        this.regionName = regionName;
        this.reportMonth = month.toString();
    }

    /** Points the report at freshly written files. */
    public void generated(String xlsxFile, String pdfFile, LocalDate periodTo, Instant at, String by) {
        this.xlsxFile = xlsxFile;
        this.pdfFile = pdfFile;
        this.periodTo = periodTo;
        this.generatedAt = at;
        this.generatedBy = by;
    }

    public Long getId() { return id; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
    public String getRegionName() { return regionName; }
    public YearMonth getMonth() { return YearMonth.parse(reportMonth); }
    public LocalDate getPeriodTo() { return periodTo; }
    public String getXlsxFile() { return xlsxFile; }
    public String getPdfFile() { return pdfFile; }
    public Instant getGeneratedAt() { return generatedAt; }
    public String getGeneratedBy() { return generatedBy; }
}
