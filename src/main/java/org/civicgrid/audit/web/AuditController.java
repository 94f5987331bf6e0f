package org.civicgrid.audit.web;

import java.time.LocalDate;
import java.util.Set;

import org.civicgrid.audit.AuditLog;
import org.civicgrid.shared.web.NavItem;
import org.civicgrid.audit.AuditEntry;
import org.civicgrid.shared.export.ExcelExport;
import org.springframework.http.ResponseEntity;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 审计日志 — officials search who did what, and who looked at whose personal data. */
@Controller
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @Bean
    static NavItem auditNav() {
        return new NavItem("admin", "nav.audit", "/audit",
                Set.of("PLATFORM_ADMIN", "CITY_OFFICIAL", "DISTRICT_OFFICIAL", "STREET_OFFICIAL"), 90);
    }

    @GetMapping("/audit")
    String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @PageableDefault(size = 50) Pageable pageable, Model model) {
        AuditLog.Criteria criteria = new AuditLog.Criteria(actor, action, entityType, entityId, from, to);
        model.addAttribute("page", audit.search(criteria, pageable));
        model.addAttribute("criteria", criteria);
        return "audit/list";
    }

    /** The filtered log as a workbook, every page of it (up to the export limit). */
    @GetMapping("/audit/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String action, @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        AuditLog.Criteria criteria = new AuditLog.Criteria(actor, action, entityType, entityId, from, to);
        return ExcelExport.<AuditEntry>sheet("audit")
                .column("时间 When", AuditEntry::occurredAt)
                .column("操作人 Who", AuditEntry::actor)
                .column("操作 Action", AuditEntry::action)
                .column("记录类型 Record", AuditEntry::entityType)
                .column("记录编号 Record id", AuditEntry::entityId)
                .column("摘要 Summary", AuditEntry::summary)
                .column("修改前 Before", AuditEntry::beforeState)
                .column("修改后 After", AuditEntry::afterState)
                .download("audit", ExcelExport.allPages(p -> audit.search(criteria, p)));
    }
}
