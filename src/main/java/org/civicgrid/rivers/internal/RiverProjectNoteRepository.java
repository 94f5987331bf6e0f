package org.civicgrid.rivers.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RiverProjectNoteRepository extends JpaRepository<RiverProjectNote, Long> {

    List<RiverProjectNote> findByProjectIdOrderByNotedOnDesc(long projectId);
}
