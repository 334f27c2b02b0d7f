package org.raciplanner.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sends every operation of the OpenAPI document many generated requests, valid and hostile (wrong
 * types, missing and unknown fields, null items, huge and odd values, broken JSON, wrong media
 * types, odd ids), with a real ADMIN token on a populated team. None may fail the service (5xx),
 * every refusal must be problem+json, every answer must be one the document describes, and a
 * control team populated first must read exactly as before. Fixed seed and a bounded count: 20 requests an operation, about 700.
 *
 * <p>Against a running service instead of its own:
 * {@code mvn -B test -Dtest=GenerativeApiTest -Draci.generative.url=http://localhost:18082 -Draci.generative.token=<operator token>}
 * ({@code -Draci.generative.seed=}, {@code -Draci.generative.requests=} per operation).
 */
class GenerativeApiTest {

    private static final long SEED = Long.getLong("raci.generative.seed", 12);
    private static final int PER_OPERATION = Integer.getInteger("raci.generative.requests", 20);

    @Test
    void generatedRequestsNeverFailTheServiceAndLeaveOtherTeamsAlone() {
        String url = System.getProperty("raci.generative.url");
        if (url != null) {
            campaign(url, System.getProperty("raci.generative.token"));
            return;
        }
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Environment.TEST)) {
            campaign(server.getURL().toString(), server.getApplicationContext().getRequiredProperty("raci.admin-token", String.class));
        }
    }

    private static void campaign(String url, String operatorToken) {
        CampaignHttp http = new CampaignHttp(url);
        CampaignTeams teams = new CampaignTeams(http, operatorToken);
        CampaignTeams.Team control = teams.populate("Control", 0);
        CampaignTeams.Team target = teams.populate("Target", control.id());
        Map<String, String> before = teams.read(control.id());

        Campaign campaign = new Campaign(http, SEED, PER_OPERATION);
        long started = System.nanoTime();
        campaign.run(target);
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("generative run against %s, seed %d: %d requests in %d ms, statuses %s; %d answers the document does not describe%n",
                url, SEED, campaign.sent, millis, campaign.statuses, campaign.contractMismatches.size());
        campaign.contractMismatches.stream().distinct().limit(40).forEach(m -> System.out.println("  document: " + m));
        assertTrue(campaign.failures.isEmpty(), () -> campaign.failures.size() + " requests failed the service or were refused without problem+json:\n"
                + campaign.failures.stream().limit(40).map(String::valueOf).collect(Collectors.joining("\n")));
        assertEquals(List.of(), campaign.contractMismatches.stream().distinct().toList(), "answers the OpenAPI document does not describe");
        Map<String, String> after = teams.read(control.id());
        before.forEach((path, answer) -> assertEquals(answer, after.get(path), () -> "the control team changed at " + path));
    }
}
