package org.civicgrid.rivers.internal;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A campaign's tally (kind TALLY) or target with progress (kind TARGET: value reached of target). */
@Entity
@Table(name = "river_campaign_figure")
public class RiverCampaignFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "river_campaign_figure_seq")
    @SequenceGenerator(name = "river_campaign_figure_seq", sequenceName = "river_campaign_figure_seq", allocationSize = 50)
    private Long id;
    private long campaignId;
    private String kind;
    private String label;
    private BigDecimal figureValue;
    private BigDecimal target;
    private String unit;
    private int sortOrder;

    protected RiverCampaignFigure() {}

    public RiverCampaignFigure(long campaignId, String kind, String label, BigDecimal figureValue, BigDecimal target,
            String unit, int sortOrder) {
        this.campaignId = campaignId;
        this.kind = kind;
        this.label = label;
        this.figureValue = figureValue;
        this.target = target;
        this.unit = unit;
        this.sortOrder = sortOrder;
    }

    public long getCampaignId() { return campaignId; }
    public String getKind() { return kind; }
    public String getLabel() { return label; }
    public BigDecimal getFigureValue() { return figureValue; }
    public BigDecimal getTarget() { return target; }
    public String getUnit() { return unit; }
    public int getSortOrder() { return sortOrder; }
}
