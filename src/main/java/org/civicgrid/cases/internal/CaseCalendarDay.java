package org.civicgrid.cases.internal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A public holiday or a make-up workday (调休). */
@Entity
@Table(name = "case_calendar_day")
public class CaseCalendarDay {

    @Id
    private LocalDate calendarDay;

    private boolean workday;
    private String note;

    protected CaseCalendarDay() {}

    public CaseCalendarDay(LocalDate day, boolean workday, String note) {
        this.calendarDay = day;
        this.workday = workday;
        this.note = note;
    }

    public void change(boolean workday, String note) {
        this.workday = workday;
        this.note = note;
    }

    public LocalDate getCalendarDay() { return calendarDay; }
    public boolean isWorkday() { return workday; }
    public String getNote() { return note; }
}
