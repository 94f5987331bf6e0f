package org.civicgrid.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civicgrid.shared.DomainException;
import org.civicgrid.shared.InvalidInputException;
import org.civicgrid.shared.TooManyRequestsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for every REST controller: domain refusals keep their type and fields,
 * validation failures list each field, and nothing ever shows a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        ProblemDetail problem = Problems.of(e);
        if (e instanceof InvalidInputException invalid) {
            problem.setProperty("errors", invalid.errors().stream()
                    .map(err -> Map.of("field", err.field(), "message", err.message())).toList());
        }
        if (e instanceof TooManyRequestsException tooMany) {
            return ResponseEntity.status(429).header(HttpHeaders.RETRY_AFTER, String.valueOf(tooMany.retryAfterSeconds()))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return problemResponse(problem, e.status());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = Problems.of(400, "validation", "Invalid input",
                "Parameter '" + e.getName() + "' has an invalid value");
        problem.setProperty("errors", List.of(Map.of("field", e.getName(), "message", "invalid value")));
        return problemResponse(problem, 400);
    }

    /** A list asked to sort by something that is not a field of its records ({@code ?sort=nonsense}). */
    @ExceptionHandler({org.springframework.data.core.PropertyReferenceException.class,
            org.springframework.dao.InvalidDataAccessApiUsageException.class})
    ResponseEntity<ProblemDetail> unknownSort(RuntimeException e) {
        if (!UnknownSort.isCause(e)) {
            return unexpected(e);
        }
        ProblemDetail problem = Problems.of(400, "validation", "Invalid input",
                "A list cannot be sorted by a property its records do not have");
        problem.setProperty("errors", List.of(Map.of("field", "sort", "message", "unknown property")));
        return problemResponse(problem, 400);
    }

    /** A sort that cannot even be read ({@code ?sort=%25'%20--}); any other illegal argument is ours. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> unreadableSort(IllegalArgumentException e) {
        if (!UnknownSort.isUnreadable(e)) {
            return unexpected(e);
        }
        ProblemDetail problem = Problems.of(400, "validation", "Invalid input", "The sort parameter cannot be read");
        problem.setProperty("errors", List.of(Map.of("field", "sort", "message", "invalid value")));
        return problemResponse(problem, 400);
    }

    @ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(jakarta.validation.ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream().map(v -> {
            String path = v.getPropertyPath().toString();
            return Map.of("field", Problems.jsonName(path.substring(path.lastIndexOf('.') + 1)), "message", v.getMessage());
        }).toList();
        ProblemDetail problem = Problems.of(400, "validation", "Invalid input", "The request has invalid fields");
        problem.setProperty("errors", errors);
        return problemResponse(problem, 400);
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, PessimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> concurrentUpdate(RuntimeException e) {
        return problemResponse(Problems.of(409, "concurrent-update", "Concurrent update",
                "Someone else changed this record at the same moment; reload and try again"), 409);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        log.debug("Integrity violation", e);
        return problemResponse(Problems.of(409, "conflict", "Conflict",
                "The request conflicts with a record that already exists"), 409);
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
            DataAccessResourceFailureException.class, QueryTimeoutException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception e) {
        log.warn("Database unavailable: {}", e.getMessage());
        ProblemDetail problem = Problems.of(503, "service-unavailable", "Service briefly unavailable",
                "The service is briefly unavailable; please try again in a moment");
        return ResponseEntity.status(503).header(HttpHeaders.RETRY_AFTER, "10")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return problemResponse(Problems.of(403, "forbidden", "Forbidden", "Your role may not do this"), 403);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (LostDatabase.causedBy(e)) {
            return unavailable(e);
        }
        log.error("Unexpected error", e);
        return problemResponse(Problems.of(500, "internal-error", "Internal error",
                "Something went wrong on our side; it has been logged"), 500);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return validation(ex.getBindingResult());
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> errors.add(
                Map.of("field", Problems.jsonName(result.getMethodParameter().getParameterName() == null
                        ? "parameter" : result.getMethodParameter().getParameterName()),
                        "message", String.valueOf(error.getDefaultMessage())))));
        ProblemDetail problem = Problems.of(400, "validation", "Invalid input", "The request has invalid fields");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(400, "malformed-request", "Malformed request",
                "The request body could not be read: check the JSON syntax, the field names and the value types");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(Problems.type(statusCode.value() == 404 ? "not-found" : "http-" + statusCode.value()));
        }
        return response;
    }

    static ResponseEntity<Object> validation(BindingResult result) {
        List<Map<String, String>> errors = new ArrayList<>();
        result.getFieldErrors().forEach(fe -> errors.add(Map.of("field", Problems.jsonName(fe.getField()),
                "message", String.valueOf(fe.getDefaultMessage()))));
        result.getGlobalErrors().forEach(ge -> errors.add(Map.of("field", ge.getObjectName(),
                "message", String.valueOf(ge.getDefaultMessage()))));
        ProblemDetail problem = Problems.of(400, "validation", "Invalid input",
                errors.isEmpty() ? "The request has invalid fields" : errors.get(0).get("field") + ": " + errors.get(0).get("message"));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<ProblemDetail> problemResponse(ProblemDetail problem, int status) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
