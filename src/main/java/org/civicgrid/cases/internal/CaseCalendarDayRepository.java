package org.civicgrid.cases.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseCalendarDayRepository extends JpaRepository<CaseCalendarDay, LocalDate> {

    List<CaseCalendarDay> findByCalendarDayBetweenOrderByCalendarDay(LocalDate from, LocalDate to);
}
