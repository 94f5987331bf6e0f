package org.civicgrid.cases.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Another code that means a category (a code another module publishes). */
@Entity
@Table(name = "case_category_alias")
public class CaseCategoryAlias {

    @Id
    private String alias;

    private String categoryCode;

    protected CaseCategoryAlias() {}

    public CaseCategoryAlias(String alias, String categoryCode) {
        this.alias = alias;
        this.categoryCode = categoryCode;
    }

    public String getAlias() { return alias; }
    public String getCategoryCode() { return categoryCode; }
}
