package org.civicgrid.rivers.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RiverPatrolPhotoRepository extends JpaRepository<RiverPatrolPhoto, Long> {

    List<RiverPatrolPhoto> findByPatrolIdOrderByUploadedAt(long patrolId);
}
