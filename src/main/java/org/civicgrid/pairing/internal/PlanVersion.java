package org.civicgrid.pairing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One version of a co-building plan: never changed once written (Hibernate ignores any attempt). */
@Entity
@Immutable
@Table(name = "pairing_plan_version")
public class PlanVersion {

    /** 方案事项 — one item of work with its budget. */
    @Embeddable
    public static class Item {
        private String title;
        private BigDecimal budget;
        private LocalDate dueOn;

        protected Item() {}

        public Item(String title, BigDecimal budget, LocalDate dueOn) {
            this.title = title;
            this.budget = budget;
            this.dueOn = dueOn;
        }

        public String getTitle() { return title; }
        public BigDecimal getBudget() { return budget; }
        public LocalDate getDueOn() { return dueOn; }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pairing_plan_version_seq")
    @SequenceGenerator(name = "pairing_plan_version_seq", sequenceName = "pairing_plan_version_seq", allocationSize = 50)
    private Long id;

    private long planId;
    private int number;
    private String title;
    private String content;
    private BigDecimal budget;
    private String changeNote;
    private boolean agreedWithCommunity;
    private String createdBy;
    private Instant createdAt;
    private String regionPath;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pairing_plan_item", joinColumns = @JoinColumn(name = "plan_version_id"))
    @OrderColumn(name = "position")
    private List<Item> items = new ArrayList<>();

    protected PlanVersion() {}

    public PlanVersion(long planId, int number, String title, String content, List<Item> items, String changeNote,
            boolean agreedWithCommunity, String createdBy, Instant now, String regionPath) {
        this.planId = planId;
        this.number = number;
        this.title = title;
        this.content = content;
        this.items = new ArrayList<>(items);
        this.budget = items.stream().map(Item::getBudget).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.changeNote = changeNote;
        this.agreedWithCommunity = agreedWithCommunity;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.regionPath = regionPath;
    }

    public Long getId() { return id; }
    public long getPlanId() { return planId; }
    public int getNumber() { return number; }
    public String getTitle() { return title; }
    public String getContent() { return content; }
    public BigDecimal getBudget() { return budget; }
    public String getChangeNote() { return changeNote; }
    public boolean isAgreedWithCommunity() { return agreedWithCommunity; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public List<Item> getItems() { return List.copyOf(items); }
}
