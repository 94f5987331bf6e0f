package org.civicgrid.residents;

import org.civicgrid.residents.internal.ResidentRepository;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** Finds demo residents by name for tests, without a signed-in user. */
@Component
class ResidentManagementProbe {

    private final ResidentRepository residents;

    ResidentManagementProbe(ResidentRepository residents) {
        this.residents = residents;
    }

    long idOf(String name) {
        Specification<org.civicgrid.residents.internal.Resident> byName = (root, q, cb) -> cb.equal(root.get("name"), name);
        return residents.findAll(byName).stream().mapToLong(r -> r.getId()).min().orElseThrow();
    }
}
