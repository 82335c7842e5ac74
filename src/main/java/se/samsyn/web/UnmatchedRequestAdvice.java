package se.samsyn.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests that no controller takes: a Swedish error page for people, a problem detail for API clients. Without this,
 * Spring answers browsers with its own English problem JSON naming the static-resource lookup.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnmatchedRequestAdvice {

    private final RestProblemAdvice problems;

    UnmatchedRequestAdvice(RestProblemAdvice problems) {
        this.problems = problems;
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    Object notFound(HttpServletRequest request, HttpServletResponse response) {
        return answer(HttpStatus.NOT_FOUND, "common.error.notFound", request, response);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object methodNotAllowed(HttpServletRequest request, HttpServletResponse response) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, "common.error.methodNotAllowed", request, response);
    }

    private Object answer(HttpStatus status, String key, HttpServletRequest request, HttpServletResponse response) {
        if (wantsProblem(request)) {
            return problems.problem(status, key, new Object[0], RestProblemAdvice.locale(request));
        }
        response.setStatus(status.value());
        var page = new ModelAndView("error/problem");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("messageKey", key);
        page.addObject("messageArgs", new Object[0]);
        page.addObject("errorRef", ErrorReference.next());
        return page;
    }

    private static boolean wantsProblem(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/open311/") || path.startsWith("/v3/")) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && !accept.contains(MediaType.TEXT_HTML_VALUE)
                && (accept.contains("json") || accept.contains("xml"));
    }
}
