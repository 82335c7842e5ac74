package se.samsyn.access.web;

import java.util.UUID;
import se.samsyn.access.UserId;
import se.samsyn.shared.NotFoundException;

/** Reads a {@link UserId} from a path; a malformed id is a 404, like an unknown one. */
final class UserIds {

    private UserIds() {}

    static UserId parse(String value) {
        try {
            return new UserId(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("access.error.userNotFound");
        }
    }
}
