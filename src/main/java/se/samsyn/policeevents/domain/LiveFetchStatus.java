package se.samsyn.policeevents.domain;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the live polisen.se fetch last did, for the admin page. {@code errorKey} is a message key of the policeevents
 * bundle; times are Swedish time; {@code stopped} means the API answered 404, which its rules say is permanent, so nothing more is fetched.
 */
public record LiveFetchStatus(boolean enabled, URI url, @Nullable OffsetDateTime lastAttempt, @Nullable OffsetDateTime lastSuccess,
        @Nullable ImportResult lastResult, @Nullable OffsetDateTime lastErrorAt, @Nullable String errorKey,
        List<String> errorArgs, boolean stopped) {

    static LiveFetchStatus initial(boolean enabled, URI url) {
        return new LiveFetchStatus(enabled, url, null, null, null, null, null, List.of(), false);
    }

    LiveFetchStatus succeeded(OffsetDateTime at, ImportResult result) {
        return new LiveFetchStatus(enabled, url, at, at, result, lastErrorAt, errorKey, errorArgs, stopped);
    }

    LiveFetchStatus failed(OffsetDateTime at, String key, List<String> args, boolean stop) {
        return new LiveFetchStatus(enabled, url, at, lastSuccess, lastResult, at, key, args, stopped || stop);
    }

    public Object[] errorArgumentArray() {
        return errorArgs.toArray();
    }
}
