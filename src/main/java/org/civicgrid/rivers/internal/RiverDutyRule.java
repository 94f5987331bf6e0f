package org.civicgrid.rivers.internal;

import java.time.Period;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicgrid.rivers.ChiefLevel;

/** 巡河频次 — how often a chief of one level must patrol, and how long a patrol must last to count. */
@Entity
@Table(name = "river_duty_rule")
public class RiverDutyRule {

    @Id
    @Enumerated(EnumType.STRING)
    private ChiefLevel chiefLevel;
    /** ISO-8601 period, e.g. P7D, P14D, P1M, P3M. */
    private String everyPeriod;
    private int minMinutes;
    private String source;
    @Version
    private long version;

    protected RiverDutyRule() {}

    public ChiefLevel getChiefLevel() { return chiefLevel; }
    public Period every() { return Period.parse(everyPeriod); }
    public String getEveryPeriod() { return everyPeriod; }
    public int getMinMinutes() { return minMinutes; }
    public String getSource() { return source; }
}
