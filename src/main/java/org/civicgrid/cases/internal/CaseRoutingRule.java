package org.civicgrid.cases.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Category (null: any) in a region (null: everywhere) → the responsible department. */
@Entity
@Table(name = "case_routing_rule")
public class CaseRoutingRule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_routing_rule_seq")
    @SequenceGenerator(name = "case_routing_rule_seq", sequenceName = "case_routing_rule_seq", allocationSize = 50)
    private Long id;

    private String categoryCode;
    private Long regionId;
    private String regionPath;
    private long departmentId;

    @Version
    private long version;

    protected CaseRoutingRule() {}

    public CaseRoutingRule(String categoryCode, Long regionId, String regionPath, long departmentId) {
        this.categoryCode = categoryCode;
        this.regionId = regionId;
        this.regionPath = regionPath;
        this.departmentId = departmentId;
    }

    public void routeTo(long departmentId) {
        this.departmentId = departmentId;
    }

    /** Does the rule cover a case of {@code category} at {@code path}? */
    public boolean covers(String category, String path) {
        return (categoryCode == null || categoryCode.equals(category))
                && (regionPath == null || (path != null && path.startsWith(regionPath)));
    }

    /** Higher is more specific: a deeper region first, then an exact category over "any". */
    public int specificity() {
        int depth = regionPath == null ? 0 : regionPath.length() - regionPath.replace("/", "").length();
        return depth * 2 + (categoryCode == null ? 0 : 1);
    }

    public Long getId() { return id; }
    public String getCategoryCode() { return categoryCode; }
    public Long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
    public long getDepartmentId() { return departmentId; }
}
