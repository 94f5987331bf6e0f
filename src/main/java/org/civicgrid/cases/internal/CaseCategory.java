package org.civicgrid.cases.internal;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicgrid.cases.CategoryAttribute;
import org.civicgrid.cases.CategoryKind;
import org.civicgrid.cases.CategoryView;

/** 部件/事件分类 — one entry of the catalogue (see V201 for the default data). */
@Entity
@Table(name = "case_category")
public class CaseCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_category_seq")
    @SequenceGenerator(name = "case_category_seq", sequenceName = "case_category_seq", allocationSize = 50)
    private Long id;

    private String code;
    private String parentCode;

    @Enumerated(EnumType.STRING)
    private CategoryKind kind;

    private int categoryLevel;
    private String standardCode;
    private String name;
    private String nameEn;
    private String description;
    private String filingCondition;
    private String closingCondition;
    private int hoursNormal;
    private int hoursUrgent;
    private int hoursEmergency;
    private String attributesJson;
    private boolean active;
    private int sortOrder;

    @Version
    private long version;

    protected CaseCategory() {}

    public CaseCategory(String code, String parentCode, CategoryKind kind, int level) {
        this.code = code;
        this.parentCode = parentCode;
        this.kind = kind;
        this.categoryLevel = level;
        this.active = true;
    }

    public void describe(String standardCode, String name, String nameEn, String description, String filingCondition,
            String closingCondition, int hoursNormal, int hoursUrgent, int hoursEmergency, String attributesJson,
            boolean active, int sortOrder) {
        this.standardCode = standardCode;
        this.name = name;
        this.nameEn = nameEn;
        this.description = description;
        this.filingCondition = filingCondition;
        this.closingCondition = closingCondition;
        this.hoursNormal = hoursNormal;
        this.hoursUrgent = hoursUrgent;
        this.hoursEmergency = hoursEmergency;
        this.attributesJson = attributesJson;
        this.active = active;
        this.sortOrder = sortOrder;
    }

    public CategoryView toView(List<CategoryAttribute> attributes, List<String> aliases) {
        return new CategoryView(id, code, parentCode, kind, categoryLevel, standardCode, name, nameEn, description,
                filingCondition, closingCondition, hoursNormal, hoursUrgent, hoursEmergency, attributes, active,
                sortOrder, aliases);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getParentCode() { return parentCode; }
    public CategoryKind getKind() { return kind; }
    public int getCategoryLevel() { return categoryLevel; }
    public String getStandardCode() { return standardCode; }
    public String getName() { return name; }
    public String getAttributesJson() { return attributesJson; }
    public boolean isActive() { return active; }
}
