package org.civicgrid.courses.internal;

import java.time.Instant;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * 抽签记录 — one class's draw, kept whole so anyone can check it: the seed, the frozen list of entrants
 * (and its SHA-256), and the order the draw produced with each entrant's outcome.
 */
@Entity
@Table(name = "course_lottery")
public class Lottery {

    /** One line of the draw. */
    @Embeddable
    public static class Pick {

        private int position;
        private long userId;
        private String outcome;

        protected Pick() {}

        public Pick(int position, long userId, String outcome) {
            this.position = position;
            this.userId = userId;
            this.outcome = outcome;
        }

        public int getPosition() { return position; }
        public long getUserId() { return userId; }
        public String getOutcome() { return outcome; }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_lottery_seq")
    @SequenceGenerator(name = "course_lottery_seq", sequenceName = "course_lottery_seq", allocationSize = 50)
    private Long id;

    private long courseId;
    private long seed;
    private Instant drawnAt;
    private String drawnBy;
    private int entrantCount;
    private int seatsOffered;

    @Column(name = "entrants_sha256")
    private String entrantsSha256;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_lottery_pick", joinColumns = @JoinColumn(name = "lottery_id"))
    @OrderBy("position")
    private List<Pick> picks = new ArrayList<>();

    protected Lottery() {}

    public Lottery(long courseId, long seed, Instant drawnAt, String drawnBy, int entrantCount, int seatsOffered,
            String entrantsSha256) {
        this.courseId = courseId;
        this.seed = seed;
        this.drawnAt = drawnAt;
        this.drawnBy = drawnBy;
        this.entrantCount = entrantCount;
        this.seatsOffered = seatsOffered;
        this.entrantsSha256 = entrantsSha256;
    }

    public void record(int position, long userId, String outcome) {
        picks.add(new Pick(position, userId, outcome));
    }

    public Long getId() { return id; }
    public long getCourseId() { return courseId; }
    public long getSeed() { return seed; }
    public Instant getDrawnAt() { return drawnAt; }
    public String getDrawnBy() { return drawnBy; }
    public int getEntrantCount() { return entrantCount; }
    public int getSeatsOffered() { return seatsOffered; }
    public String getEntrantsSha256() { return entrantsSha256; }
    public List<Pick> getPicks() { return picks; }
}
