package org.raciplanner.access;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.IpPatternsRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Plugs {@link Access} into Micronaut Security's filter. Requests outside the API are left to the
 * framework's own rules (which refuse what nobody allowed, such as management endpoints).
 */
@Singleton
class AccessRule implements SecurityRule<HttpRequest<?>> {

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, Authentication authentication) {
        return Publishers.just(switch (Access.decide(request, authentication).verdict()) {
            case PUBLIC, ALLOWED -> SecurityRuleResult.ALLOWED;
            case ELSEWHERE -> SecurityRuleResult.UNKNOWN;
            case UNAUTHORIZED, NOT_FOUND, FORBIDDEN -> SecurityRuleResult.REJECTED;
        });
    }

    /** After the configurable IP patterns, before every other rule: it decides the whole API. */
    @Override
    public int getOrder() {
        return IpPatternsRule.ORDER + 50;
    }
}
