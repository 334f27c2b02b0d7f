package org.raciplanner.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.management.health.indicator.jdbc.JdbcIndicator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.Reply;
import org.raciplanner.support.TeamAccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an operator runs: health and readiness for the load balancer, Prometheus metrics for the operator token. */
@MicronautTest
class OperationsApiTest {

    @Inject
    Api api;

    @Inject
    ApplicationContext context;

    @Test
    void readinessAsksTheDatabaseAndNeedsNoToken() {
        assertTrue(context.containsBean(JdbcIndicator.class), "readiness has no database check");
        Reply ready = api.anonymous().get("/health/readiness").expect(200);
        assertEquals("UP", ready.map().get("status"));
        api.anonymous().get("/health").expect(200);
    }

    @Test
    void metricsAreRefusedWithoutTheOperatorToken() {
        Reply anonymous = api.anonymous().get("/prometheus").expect(401);
        TeamAccess team = api.teamWithToken("Metrics guard");
        Reply teamAdmin = api.as(team.token()).get("/prometheus").expect(403);
        api.as("raci_not-a-token").get("/prometheus").expect(401);
        assertEquals(Problem.MEDIA_TYPE, anonymous.header("Content-Type"));
        assertTrue(teamAdmin.body().contains("operator"), teamAdmin.body());
    }

    @Test
    void metricsShowRouteLatenciesWorkbookExportsAndAnalysisRuns() {
        TeamAccess team = api.teamWithToken("Metrics");
        long project = api.project(team.id(), "Measured");
        api.get("/api/v1/teams/" + team.id() + "/warnings").expect(200);
        api.download("/api/v1/teams/" + team.id() + "/raci.xlsx").expect(200);
        api.download("/api/v1/teams/" + team.id() + "/initiatives/" + project + "/raci.xlsx").expect(200);

        String metrics = api.get("/prometheus").expect(200).body();

        assertTrue(metrics.contains("http_server_requests_seconds_count{") && metrics.contains("uri=\"/api/v1/teams/{teamId}/warnings\""),
                () -> "no request latency by route in\n" + metrics);
        assertTrue(metrics.contains("raci_workbook_export_seconds_count{workbook=\"team\"}"), () -> "no team export timer in\n" + metrics);
        assertTrue(metrics.contains("raci_workbook_export_seconds_count{workbook=\"initiative\"}"), () -> "no initiative export timer in\n" + metrics);
        assertTrue(metrics.contains("raci_analysis_seconds_count{output=\"warnings\"}"), () -> "no analysis timer in\n" + metrics);
        assertTrue(metrics.contains("raci_analysis_seconds_count{output=\"report\"}"), () -> "no analysis timer for the workbook in\n" + metrics);
    }
}
