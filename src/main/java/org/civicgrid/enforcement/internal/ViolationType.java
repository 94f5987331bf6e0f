package org.civicgrid.enforcement.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicgrid.enforcement.EnforcementAction;
import org.civicgrid.enforcement.ViolationTypeView;

/** 违法类型 — one kind of uncivil behaviour the operations count; officials keep the list. */
@Entity
@Table(name = "enforcement_violation_type")
public class ViolationType {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enforcement_violation_type_seq")
    @SequenceGenerator(name = "enforcement_violation_type_seq", sequenceName = "enforcement_violation_type_seq",
            allocationSize = 50)
    private Long id;

    private String code;
    private String nameZh;
    private String nameEn;

    @Enumerated(EnumType.STRING)
    private EnforcementAction defaultAction;

    private String caseCategoryCode;
    private int sortOrder;
    private boolean active;

    @Version
    private long version;

    protected ViolationType() {}

    public ViolationType(String code, String nameZh, String nameEn, EnforcementAction defaultAction,
            String caseCategoryCode, int sortOrder) {
        this.code = code;
        this.active = true;
        describe(nameZh, nameEn, defaultAction, caseCategoryCode, sortOrder, true);
    }

    public void describe(String nameZh, String nameEn, EnforcementAction defaultAction, String caseCategoryCode,
            int sortOrder, boolean active) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.defaultAction = defaultAction;
        this.caseCategoryCode = caseCategoryCode;
        this.sortOrder = sortOrder;
        this.active = active;
    }

    public ViolationTypeView toView() {
        return new ViolationTypeView(id, code, nameZh, nameEn, defaultAction, caseCategoryCode, sortOrder, active,
                version);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNameZh() { return nameZh; }
    public String getNameEn() { return nameEn; }
    public EnforcementAction getDefaultAction() { return defaultAction; }
    public String getCaseCategoryCode() { return caseCategoryCode; }
    public int getSortOrder() { return sortOrder; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
}
