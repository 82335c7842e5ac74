package se.samsyn.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import se.samsyn.shared.Actors;
import se.samsyn.shared.NotFoundException;
import se.samsyn.shared.WorkspaceId;

/**
 * Refuses a {@code {workspaceId}} the signed-in user has no part in before any argument is bound, so a foreign kommun
 * gets the same 404 whether its request was well-formed or not. Controllers still check roles themselves.
 */
class WorkspaceScope implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (variables == null || !variables.containsKey("workspaceId") || path.startsWith("/public/")
                || path.startsWith("/open311/")) {
            return true;
        }
        var actor = Actors.find();
        if (actor.isEmpty()) {
            return true;
        }
        WorkspaceId workspace;
        try {
            workspace = WorkspaceId.of(variables.get("workspaceId"));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("common.error.notFound");
        }
        if (!actor.get().canSee(workspace)) {
            throw new NotFoundException("common.error.notFound");
        }
        return true;
    }
}
