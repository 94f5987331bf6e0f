package org.civicgrid.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.jpa.JpaSystemException;

/**
 * When PostgreSQL stops under load, the requests already inside a transaction lose their connection and
 * even their rollback fails; the outage check saw them answer 500. They must answer 503, like the
 * requests that cannot get a connection at all, and other failures must stay 500.
 */
class LostDatabaseTests {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();

    @Test
    void a_transaction_whose_connection_broke_answers_503_with_retry_after() {
        // the chain the outage produced: "Unable to rollback against JDBC Connection" over an I/O error
        SQLException io = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        JpaSystemException lost = new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
                io));

        ResponseEntity<ProblemDetail> answer = handler.unexpected(lost);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("10");
        assertThat(answer.getBody().getTitle()).isEqualTo("Service briefly unavailable");
    }

    @Test
    void a_rollback_on_a_connection_the_pool_already_closed_answers_503() {
        // what the outage check saw next: Hibernate's failed rollback over the pool's "Connection is closed"
        JpaSystemException lost = new JpaSystemException(new org.hibernate.TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));

        assertThat(handler.unexpected(lost).getStatusCode().value()).isEqualTo(503);
    }

    @Test
    void other_failures_still_answer_500() {
        SQLException syntax = new SQLException("syntax error", "42601");

        assertThat(handler.unexpected(new JpaSystemException(new RuntimeException(syntax))).getStatusCode().value())
                .isEqualTo(500);
        assertThat(handler.unexpected(new IllegalStateException("bug")).getStatusCode().value()).isEqualTo(500);
    }
}
