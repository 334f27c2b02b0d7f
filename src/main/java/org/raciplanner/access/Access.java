package org.raciplanner.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.web.router.RouteAttributes;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may make which request: the one place that decides. Only {@code /api/**} needs a token.
 * Under {@code /api/v1/teams/{teamId}} a team's token sees its own team only; any other team is
 * answered 404, word for word as a team that does not exist. Within its team, reading needs VIEWER,
 * changing needs EDITOR, tokens and changing settings need ADMIN; a POST that only previews (a
 * what-if) is a read. The decision rests on the method and the path alone, so routes added later
 * under a team are covered without touching this class; a method that no route has is left to the
 * router, whose 405 (with Allow) says more than a refusal.
 * The metrics at {@code /prometheus} are the operator's: they describe every team at once.
 */
final class Access {

    enum Verdict { PUBLIC, ELSEWHERE, ALLOWED, UNAUTHORIZED, NOT_FOUND, FORBIDDEN }

    record Decision(Verdict verdict, String reason) {
    }

    private static final String TEAMS = "/api/v1/teams";
    private static final Pattern TEAM_PATH = Pattern.compile("^/api/v1/teams/([^/]+)(/.*)?$");
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> PUBLIC_PATHS = Set.of("/", "/index.html", "/favicon.ico", "/health");
    private static final List<String> PUBLIC_PREFIXES = List.of("/health/", "/swagger/", "/swagger-ui/", "/assets/");
    private static final List<String> ADMIN_PARTS = List.of("/tokens", "/settings");
    private static final Set<String> OPERATOR_PATHS = Set.of("/prometheus");
    /** POSTs that change nothing (a what-if previews changes and saves none): a reader may send them. */
    private static final Set<String> PREVIEWS = Set.of("/what-if");
    /** Any reader of the team sees its settings anyway (GET /teams/{teamId} shows them); changing them needs ADMIN. */
    private static final String READABLE_ADMIN_PART = "/settings";

    private Access() {
    }

    static Decision decide(HttpRequest<?> request, @Nullable Authentication caller) {
        String path = request.getPath();
        if (PUBLIC_PATHS.contains(path) || PUBLIC_PREFIXES.stream().anyMatch(path::startsWith)) {
            return new Decision(Verdict.PUBLIC, "needs no token");
        }
        boolean operatorPath = OPERATOR_PATHS.contains(path);
        if (!operatorPath && !path.equals("/api") && !path.startsWith("/api/")) {
            return new Decision(Verdict.ELSEWHERE, "not part of the API");
        }
        if (caller == null) {
            return new Decision(Verdict.UNAUTHORIZED, request.getHeaders().contains(HttpHeaders.AUTHORIZATION)
                    ? "The token was not recognised: it is mistyped or has been revoked"
                    : "This needs a token: send the header Authorization: Bearer <token>");
        }
        boolean operator = caller.getRoles().contains(Tokens.OPERATOR);
        if (operatorPath) {
            return operator ? allowed() : new Decision(Verdict.FORBIDDEN, "Only the operator token (RACI_ADMIN_TOKEN) may read the metrics");
        }
        boolean read = READS.contains(request.getMethodName());
        boolean routed = RouteAttributes.getRouteMatch(request).isPresent();
        Matcher team = TEAM_PATH.matcher(path);
        if (!team.matches()) {
            if (path.equals(TEAMS) && !operator) {
                return new Decision(Verdict.FORBIDDEN, "Only the operator token (RACI_ADMIN_TOKEN) may "
                        + (read ? "list" : "create") + " teams");
            }
            // no route for this method: the router's 405 (with Allow) or 404 says more than a refusal would
            return read || operator || !routed ? allowed() : new Decision(Verdict.FORBIDDEN,
                    "Only the operator token (RACI_ADMIN_TOKEN) may " + (path.startsWith("/api/v1/teams") ? "create teams" : "do this"));
        }
        String teamId = team.group(1);
        if (!operator && !teamId.equals(String.valueOf(caller.getAttributes().get(Tokens.TEAM)))) {
            return new Decision(Verdict.NOT_FOUND, "Team " + teamId + " was not found");
        }
        if (!routed) {
            return allowed(); // the router answers 404 or 405: nothing of the team is reached
        }
        String rest = team.group(2) == null ? "" : team.group(2);
        Role needed = needed(read || request.getMethodName().equals("POST") && PREVIEWS.contains(rest), rest);
        return caller.getRoles().contains(needed.name()) ? allowed() : forbidden(caller, needed);
    }

    private static Role needed(boolean read, String rest) {
        if (ADMIN_PARTS.stream().anyMatch(part -> rest.equals(part) || rest.startsWith(part + "/"))
                && !(read && rest.equals(READABLE_ADMIN_PART))) {
            return Role.ADMIN;
        }
        return read ? Role.VIEWER : Role.EDITOR;
    }

    private static Decision forbidden(Authentication caller, Role needed) {
        String held = caller.getRoles().contains(Role.EDITOR.name()) ? "an EDITOR" : "a VIEWER";
        String why = needed == Role.ADMIN
                ? "managing this team's tokens and settings needs an ADMIN token"
                : "it may read this team's data but not change it; changes need an EDITOR or ADMIN token";
        return new Decision(Verdict.FORBIDDEN, "Token '" + caller.getName() + "' is " + held + " token: " + why);
    }

    private static Decision allowed() {
        return new Decision(Verdict.ALLOWED, "allowed");
    }
}
