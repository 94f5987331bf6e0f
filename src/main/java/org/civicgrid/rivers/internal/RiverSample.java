package org.civicgrid.rivers.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.civicgrid.rivers.BlackOdorousGrade;
import org.civicgrid.rivers.WaterClass;

/** 水样 — one sample at a section: the measured values and the class and grade they give. */
@Entity
@Table(name = "river_sample")
public class RiverSample {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "river_sample_seq")
    @SequenceGenerator(name = "river_sample_seq", sequenceName = "river_sample_seq", allocationSize = 50)
    private Long id;
    private long sectionId;
    private Instant sampledAt;
    private Double ph;
    @Column(name = "dissolved_oxygen")
    private Double dissolvedOxygen;
    private Double codmn;
    private Double cod;
    private Double bod5;
    private Double nh3n;
    private Double tp;
    private Double tn;
    private Double transparencyCm;
    private Double orpMv;
    @Enumerated(EnumType.STRING)
    private WaterClass waterClass;
    private String limiting;
    @Enumerated(EnumType.STRING)
    private BlackOdorousGrade odourGrade;
    private String recordedBy;

    protected RiverSample() {}

    public RiverSample(long sectionId, Instant sampledAt, java.util.Map<String, Double> v, WaterClass waterClass,
            String limiting, BlackOdorousGrade odourGrade, String recordedBy) {
        this.sectionId = sectionId;
        this.sampledAt = sampledAt;
        this.ph = v.get("ph");
        this.dissolvedOxygen = v.get("do");
        this.codmn = v.get("codmn");
        this.cod = v.get("cod");
        this.bod5 = v.get("bod5");
        this.nh3n = v.get("nh3n");
        this.tp = v.get("tp");
        this.tn = v.get("tn");
        this.transparencyCm = v.get("transparency_cm");
        this.orpMv = v.get("orp_mv");
        this.waterClass = waterClass;
        this.limiting = limiting;
        this.odourGrade = odourGrade;
        this.recordedBy = recordedBy;
    }

    public java.util.Map<String, Double> values() {
        java.util.Map<String, Double> m = new java.util.LinkedHashMap<>();
        m.put("ph", ph);
        m.put("do", dissolvedOxygen);
        m.put("codmn", codmn);
        m.put("cod", cod);
        m.put("bod5", bod5);
        m.put("nh3n", nh3n);
        m.put("tp", tp);
        m.put("tn", tn);
        m.put("transparency_cm", transparencyCm);
        m.put("orp_mv", orpMv);
        m.values().removeIf(java.util.Objects::isNull);
        return m;
    }

    public Long getId() { return id; }
    public long getSectionId() { return sectionId; }
    public Instant getSampledAt() { return sampledAt; }
    public WaterClass getWaterClass() { return waterClass; }
    public String getLimiting() { return limiting; }
    public BlackOdorousGrade getOdourGrade() { return odourGrade; }
}
