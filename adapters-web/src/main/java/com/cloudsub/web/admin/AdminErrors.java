package com.cloudsub.web.admin;

import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.web.shared.ProblemHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Admin pages answer a failure with a readable page: what went wrong and where, never a stack trace. */
@ControllerAdvice(basePackageClasses = AdminErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminErrors {

    private static final Logger log = LoggerFactory.getLogger(AdminErrors.class);

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        return page(model, response, ProblemHandler.status(e), e.getMessage() + (e.field() == null ? "" : " (" + e.field() + ")"));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    String badParameter(Exception e, Model model, HttpServletResponse response) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        return page(model, response, HttpStatus.BAD_REQUEST, "'" + name + "' is missing or not valid");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    String notFound(Model model, HttpServletResponse response) {
        return page(model, response, HttpStatus.NOT_FOUND, "there is no such page");
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletRequest request, HttpServletResponse response) {
        log.error("admin page failed: {} {}", request.getMethod(), request.getRequestURI(), e);
        return page(model, response, HttpStatus.INTERNAL_SERVER_ERROR, "something went wrong; it has been logged");
    }

    private static String page(Model model, HttpServletResponse response, HttpStatus status, String message) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value() + " " + status.getReasonPhrase());
        model.addAttribute("message", message);
        return "admin/error";
    }
}
