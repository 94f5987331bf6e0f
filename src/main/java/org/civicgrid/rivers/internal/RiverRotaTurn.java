package org.civicgrid.rivers.internal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** 4+1 轮值巡查 — one week's turn: the leading agency (water, environment, maritime, fishery) with police. */
@Entity
@Table(name = "river_rota_turn")
public class RiverRotaTurn {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "river_rota_seq")
    @SequenceGenerator(name = "river_rota_seq", sequenceName = "river_rota_seq", allocationSize = 50)
    private Long id;
    private LocalDate weekStart;
    private String leadAgency;
    private String partner;
    private String reach;
    private long regionId;
    private String regionPath;

    protected RiverRotaTurn() {}

    public RiverRotaTurn(LocalDate weekStart, String leadAgency, String partner, String reach, long regionId,
            String regionPath) {
        this.weekStart = weekStart;
        this.leadAgency = leadAgency;
        this.partner = partner;
        this.reach = reach;
        this.regionId = regionId;
        this.regionPath = regionPath;
    }

    public LocalDate getWeekStart() { return weekStart; }
    public String getLeadAgency() { return leadAgency; }
    public String getPartner() { return partner; }
    public String getReach() { return reach; }
}
