package se.samsyn.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import se.samsyn.shared.ConflictException;
import se.samsyn.shared.ForbiddenException;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.SamsynException;

/** Maps failures in HTML controllers to translated error pages with an error reference; never the exception text. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class HtmlErrorAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(HtmlErrorAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    String notFound(SamsynException e, Model model, HttpServletResponse response) {
        return page(404, e.messageKey(), e.arguments(), model, response);
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    String forbidden(Exception e, Model model, HttpServletResponse response) {
        return page(403, "common.error.forbidden", new Object[0], model, response);
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(SamsynException e, Model model, HttpServletResponse response) {
        return page(409, e.messageKey(), e.arguments(), model, response);
    }

    @ExceptionHandler(RuleViolationException.class)
    String rule(SamsynException e, Model model, HttpServletResponse response) {
        return page(422, e.messageKey(), e.arguments(), model, response);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
        org.springframework.web.multipart.support.MissingServletRequestPartException.class})
    String badRequest(Exception e, Model model, HttpServletResponse response) {
        return page(400, "common.error.badRequest", new Object[0], model, response);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(Exception e, Model model, HttpServletResponse response) {
        return page(413, "common.error.tooLarge", new Object[0], model, response);
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response) {
        String ref = ErrorReference.next();
        LOG.error("Unexpected failure, error reference {}", ref, e);
        model.addAttribute("errorRef", ref);
        return page(500, "common.error.unexpected", new Object[0], model, response);
    }

    private static String page(int status, String key, Object[] args, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("messageKey", key);
        model.addAttribute("messageArgs", args);
        if (!model.containsAttribute("errorRef")) {
            model.addAttribute("errorRef", ErrorReference.next());
        }
        return "error/problem";
    }
}
