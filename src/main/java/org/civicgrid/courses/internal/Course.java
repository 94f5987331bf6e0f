package org.civicgrid.courses.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.civicgrid.courses.CareTag;
import org.civicgrid.courses.EnrolmentRule;
import org.civicgrid.courses.Programme;

/**
 * 课程 — a class with a fixed number of seats. The seat counter and the lottery columns are read-only
 * here: the database changes them with guarded updates ({@link CourseRepository#takeSeat}), so an edit of
 * the class can never write back a stale count.
 */
@Entity
@Table(name = "course")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_seq")
    @SequenceGenerator(name = "course_seq", sequenceName = "course_seq", allocationSize = 50)
    private Long id;

    private long regionId;
    private String regionPath;

    @Enumerated(EnumType.STRING)
    private Programme programme;

    private String title;
    private String description;
    private String term;
    private String organiser;
    private String place;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private int capacity;

    @Column(insertable = false, updatable = false)
    private int seatsTaken;

    @Column(insertable = false, updatable = false)
    private int lotteryEntries;

    @Enumerated(EnumType.STRING)
    private EnrolmentRule enrolmentRule;

    private boolean waitingList;
    private Instant lotteryAt;

    @Column(insertable = false, updatable = false)
    private Instant lotteryDrawnAt;

    private Integer minAge;
    private Integer maxAge;

    @Enumerated(EnumType.STRING)
    private CareTag careTag;

    private String createdBy;
    private Instant createdAt;

    @Version
    private long version;

    protected Course() {}

    public Course(long regionId, String regionPath, Programme programme, String title, LocalDate startsOn,
            LocalDate endsOn, int capacity, EnrolmentRule rule, boolean waitingList, Instant lotteryAt, String createdBy,
            Instant createdAt) {
        this.regionId = regionId;
        this.regionPath = regionPath;
        this.programme = programme;
        this.title = title;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.capacity = capacity;
        this.enrolmentRule = rule;
        this.waitingList = waitingList;
        this.lotteryAt = rule == EnrolmentRule.LOTTERY ? lotteryAt : null;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The details a class shows besides its seats. */
    public void describe(String description, String term, String organiser, String place) {
        this.description = description;
        this.term = term;
        this.organiser = organiser;
        this.place = place;
    }

    /** Who may take part: an age range and a care group, each optional. */
    public void restrict(Integer minAge, Integer maxAge, CareTag careTag) {
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.careTag = careTag;
    }

    public void rename(String title) {
        this.title = title;
    }

    /** A new capacity; the database refuses one below the seats already taken. */
    public void resize(int capacity) {
        this.capacity = capacity;
    }

    public boolean isLottery() {
        return enrolmentRule == EnrolmentRule.LOTTERY;
    }

    public boolean lotteryPending() {
        return isLottery() && lotteryDrawnAt == null;
    }

    public Long getId() { return id; }
    public long getRegionId() { return regionId; }
    public String getRegionPath() { return regionPath; }
    public Programme getProgramme() { return programme; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getTerm() { return term; }
    public String getOrganiser() { return organiser; }
    public String getPlace() { return place; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public int getCapacity() { return capacity; }
    public int getSeatsTaken() { return seatsTaken; }
    public int getLotteryEntries() { return lotteryEntries; }
    public EnrolmentRule getEnrolmentRule() { return enrolmentRule; }
    public boolean isWaitingList() { return waitingList; }
    public Instant getLotteryAt() { return lotteryAt; }
    public Instant getLotteryDrawnAt() { return lotteryDrawnAt; }
    public Integer getMinAge() { return minAge; }
    public Integer getMaxAge() { return maxAge; }
    public CareTag getCareTag() { return careTag; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
