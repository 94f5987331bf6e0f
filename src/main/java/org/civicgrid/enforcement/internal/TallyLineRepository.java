package org.civicgrid.enforcement.internal;

import org.springframework.data.repository.ListCrudRepository;

public interface TallyLineRepository extends ListCrudRepository<TallyLine, Long> {
}
