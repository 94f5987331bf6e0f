package org.civicgrid.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import org.civicgrid.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Friendly pages for refusals and failures on browser pages; the API gets problem details instead. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletResponse response) {
        if (e instanceof org.civicgrid.shared.TooManyRequestsException tooMany) {
            response.setHeader("Retry-After", String.valueOf(tooMany.retryAfterSeconds()));
        }
        return ErrorView.of(response, e.status(), e.detail());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(AccessDeniedException e, HttpServletResponse response) {
        return ErrorView.of(response, 403, null);
    }

    /** A request no form of ours sends: a missing parameter or file, a value of the wrong type, a broken upload. */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, ServletRequestBindingException.class,
            MissingServletRequestPartException.class, MultipartException.class})
    ModelAndView badRequest(Exception e, HttpServletResponse response) {
        return ErrorView.of(response, 400, null);
    }

    /** A list page asked to sort by something its records do not have ({@code ?sort=nonsense}). */
    @ExceptionHandler({org.springframework.data.core.PropertyReferenceException.class,
            org.springframework.dao.InvalidDataAccessApiUsageException.class})
    ModelAndView unknownSort(RuntimeException e, HttpServletResponse response) {
        return UnknownSort.isCause(e) ? ErrorView.of(response, 400, null) : unexpected(e, response);
    }

    /** A sort that cannot even be read ({@code ?sort=%25}); any other illegal argument is ours. */
    @ExceptionHandler(IllegalArgumentException.class)
    ModelAndView unreadableSort(IllegalArgumentException e, HttpServletResponse response) {
        return UnknownSort.isUnreadable(e) ? ErrorView.of(response, 400, null) : unexpected(e, response);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView notFound(NoResourceFoundException e, HttpServletResponse response) {
        return ErrorView.of(response, 404, null);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView concurrent(OptimisticLockingFailureException e, HttpServletResponse response) {
        return ErrorView.of(response, 409, null);
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
            DataAccessResourceFailureException.class})
    ModelAndView unavailable(Exception e, HttpServletResponse response) {
        log.warn("Database unavailable: {}", e.getMessage());
        response.setHeader("Retry-After", "10");
        return ErrorView.of(response, 503, null);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletResponse response) {
        if (LostDatabase.causedBy(e)) {
            return unavailable(e, response);
        }
        log.error("Unexpected error on a page", e);
        return ErrorView.of(response, 500, null);
    }
}
