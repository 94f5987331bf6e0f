package org.civicgrid.shared.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors raised outside a controller (filters, the container, unknown paths) end here: problem
 * details for the API, the GeoReport error list for Open311, the error page for browsers.
 */
@Controller
public class ErrorEndpoint implements ErrorController {

    @RequestMapping("/error")
    public Object error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        if (status < 400) {
            status = 500;
        }
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (uri.startsWith("/api/") || uri.startsWith("/v3/") || uri.startsWith("/actuator")) {
            String slug = status == 404 ? "not-found" : status == 413 ? "payload-too-large" : "http-" + status;
            String title = HttpStatus.resolve(status) == null ? "Error" : HttpStatus.resolve(status).getReasonPhrase();
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(status, slug, title, title));
        }
        if (uri.startsWith("/open311/")) {
            String description = HttpStatus.resolve(status) == null ? "error" : HttpStatus.resolve(status).getReasonPhrase();
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                    .body(List.of(Map.of("code", status, "description", description)));
        }
        ModelAndView mav = ErrorView.of(response, status, null);
        return mav;
    }
}
