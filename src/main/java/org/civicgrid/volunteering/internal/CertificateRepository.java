package org.civicgrid.volunteering.internal;

import java.util.List;

import org.springframework.data.jpa.repository.Query;

public interface CertificateRepository extends org.springframework.data.jpa.repository.JpaRepository<Certificate, Long> {

    List<Certificate> findByVolunteerIdOrderByIssuedOnDescIdDesc(long volunteerId);

    @Query(value = "select nextval('volunteer_certificate_number_seq')", nativeQuery = true)
    long nextNumber();
}
