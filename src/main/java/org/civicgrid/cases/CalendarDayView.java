package org.civicgrid.cases;

import java.time.LocalDate;

/** An exception to "Monday to Friday": a public holiday (not a workday) or a make-up workday (调休). */
public record CalendarDayView(LocalDate day, boolean workday, String note) {
}
