package org.civicgrid.cases.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicgrid.cases.DepartmentView;

/** 专业部门 — a department or unit cases are dispatched to. */
@Entity
@Table(name = "case_department")
public class CaseDepartment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_department_seq")
    @SequenceGenerator(name = "case_department_seq", sequenceName = "case_department_seq", allocationSize = 50)
    private Long id;

    private String code;
    private String name;
    private String nameEn;
    private boolean active;

    @Version
    private long version;

    protected CaseDepartment() {}

    public CaseDepartment(String code, String name, String nameEn) {
        this.code = code;
        rename(name, nameEn, true);
    }

    public void rename(String name, String nameEn, boolean active) {
        this.name = name;
        this.nameEn = nameEn;
        this.active = active;
    }

    public DepartmentView toView() {
        return new DepartmentView(id, code, name, nameEn, active);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public boolean isActive() { return active; }
}
