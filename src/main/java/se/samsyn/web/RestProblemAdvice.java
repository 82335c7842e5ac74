package se.samsyn.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import se.samsyn.shared.ConflictException;
import se.samsyn.shared.ForbiddenException;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.RuleViolationException;
import se.samsyn.shared.SamsynException;

/**
 * RFC 9457 problem details for every REST failure: a stable {@code type} per message key, a title translated by
 * {@code Accept-Language} (Swedish when absent), the key as {@code code}, and field errors for validation.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RestProblemAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(RestProblemAdvice.class);

    private final MessageSource messages;

    RestProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(SamsynException e, jakarta.servlet.http.HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, e.messageKey(), e.arguments(), locale(request));
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ResponseEntity<ProblemDetail> forbidden(Exception e, jakarta.servlet.http.HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "common.error.forbidden", new Object[0], locale(request));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(SamsynException e, jakarta.servlet.http.HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, e.messageKey(), e.arguments(), locale(request));
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> rule(SamsynException e, jakarta.servlet.http.HttpServletRequest request) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.messageKey(), e.arguments(), locale(request));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, jakarta.servlet.http.HttpServletRequest request) {
        var response = problem(HttpStatus.UNPROCESSABLE_CONTENT, "common.error.validation", new Object[0], locale(request));
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "code", String.valueOf(f.getCode()),
                        "message", messages.getMessage(f, locale(request))))
                .toList();
        response.getBody().setProperty("errors", errors);
        return response;
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
        org.springframework.web.multipart.support.MissingServletRequestPartException.class,
        HttpMessageNotReadableException.class})
    ResponseEntity<ProblemDetail> badRequest(Exception e, jakarta.servlet.http.HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "common.error.badRequest", new Object[0], locale(request));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(Exception e, jakarta.servlet.http.HttpServletRequest request) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "common.error.methodNotAllowed", new Object[0], locale(request));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(Exception e, jakarta.servlet.http.HttpServletRequest request) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "common.error.mediaType", new Object[0], locale(request));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(Exception e, jakarta.servlet.http.HttpServletRequest request) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "common.error.tooLarge", new Object[0], locale(request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, jakarta.servlet.http.HttpServletRequest request) {
        String ref = ErrorReference.next();
        LOG.error("Unexpected REST failure, error reference {}", ref, e);
        var response = problem(HttpStatus.INTERNAL_SERVER_ERROR, "common.error.unexpected", new Object[0], locale(request));
        response.getBody().setProperty("errorRef", ref);
        return response;
    }

    /** REST titles follow {@code Accept-Language}; without the header they are Swedish. */
    static Locale locale(jakarta.servlet.http.HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? WebConfiguration.SWEDISH : request.getLocale();
    }

    ResponseEntity<ProblemDetail> problem(HttpStatus status, String key, Object[] args, Locale locale) {
        var detail = ProblemDetail.forStatus(status);
        detail.setType(URI.create("urn:samsyn:problem:" + key));
        detail.setTitle(messages.getMessage(key, args, key, locale));
        detail.setProperty("code", key);
        return ResponseEntity.status(status).body(detail);
    }
}
