package org.civicgrid.residents;

import java.util.Comparator;

import org.civicgrid.residents.internal.Resident;
import org.civicgrid.residents.internal.ResidentRepository;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** Finds demo residents by name for tests, without a signed-in user. */
@Component
class DemoResidents {

    private final ResidentRepository residents;

    DemoResidents(ResidentRepository residents) {
        this.residents = residents;
    }

    long idOf(String name) {
        return first(name).getId();
    }

    long householdOf(String name) {
        return first(name).getHousehold().getId();
    }

    private Resident first(String name) {
        Specification<Resident> byName = (root, q, cb) -> cb.equal(root.get("name"), name);
        return residents.findAll(byName).stream().min(Comparator.comparing(Resident::getId)).orElseThrow();
    }
}
