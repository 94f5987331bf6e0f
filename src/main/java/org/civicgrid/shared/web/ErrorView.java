package org.civicgrid.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The one error page: a status, a plain message chosen by status, and an optional detail. */
public final class ErrorView {

    private ErrorView() {}

    public static ModelAndView of(HttpServletResponse response, int status, String detail) {
        response.setStatus(status);
        ModelAndView mav = new ModelAndView("error");
        mav.setStatus(HttpStatus.valueOf(status));
        mav.addObject("status", status);
        mav.addObject("messageKey", switch (status) {
            case 400 -> "error.400";
            case 401 -> "error.401";
            case 403 -> "error.403";
            case 404 -> "error.404";
            case 409 -> "error.409";
            case 413 -> "error.413";
            case 429 -> "error.429";
            case 503 -> "error.503";
            default -> status >= 500 ? "error.500" : "error.generic";
        });
        mav.addObject("detail", status == 404 || status >= 500 ? null : detail);
        return mav;
    }
}
