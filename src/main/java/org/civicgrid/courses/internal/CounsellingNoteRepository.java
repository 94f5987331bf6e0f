package org.civicgrid.courses.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CounsellingNoteRepository extends JpaRepository<CounsellingNote, Long> {

    List<CounsellingNote> findBySlotIdOrderByWrittenAt(long slotId);
}
