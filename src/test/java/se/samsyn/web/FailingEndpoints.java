package se.samsyn.web;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that fail the way a bug would, so the error handling can be seen from outside. Test context only. */
@TestComponent
@Import({FailingEndpoints.Page.class, FailingEndpoints.Api.class})
public class FailingEndpoints {

    static final String SECRET = "db password is hunter2";

    @Controller
    static class Page {
        @GetMapping("/test/failure")
        String fail() {
            throw new IllegalStateException(SECRET);
        }
    }

    @RestController
    static class Api {
        @GetMapping("/api/v1/test/failure")
        String fail() {
            throw new IllegalStateException(SECRET);
        }
    }
}
