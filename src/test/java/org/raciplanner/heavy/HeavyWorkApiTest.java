package org.raciplanner.heavy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.Concurrently;
import org.raciplanner.support.Startup;
import org.raciplanner.support.Workbooks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Heavy requests against a deliberately small bound: one export and one upload at a time, one
 * more of each waiting for at most two seconds. Whatever the load, every answer is 200 or a 503
 * that says when to come back, and the service stays whole.
 */
@MicronautTest(environments = "test")
@Property(name = "raci.heavy.team-export.max-running", value = "1")
@Property(name = "raci.heavy.team-export.queue-length", value = "1")
@Property(name = "raci.heavy.workbook-upload.max-running", value = "1")
@Property(name = "raci.heavy.workbook-upload.queue-length", value = "1")
@Property(name = "raci.heavy.max-wait", value = "2s")
class HeavyWorkApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String SHEET = "Atlas launch";
    /**
     * Never I: that is Local 2's scope letter in the exported workbook, and a stale upload keeps a cell
     * it did not change from the export (the three-way merge), so an I upload served after another
     * would leave the scope cell with the other's letters and the two cells would differ.
     */
    private static final List<String> LETTERS = List.of("R", "A", "C", "RA");
    private static final int EACH = 8;

    @Inject
    Api api;

    @Inject
    HeavyWork heavy;

    @Inject
    MeterRegistry meters;

    @Test
    void answersBusyWithRetryAfterWhileTheBoundIsFullAndKeepsServingLightRequests() throws Exception {
        Startup s = api.startup();
        String workbook = "/api/v1/teams/" + s.team() + "/raci.xlsx";
        double refusedBefore = refusals("team-export");
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newCachedThreadPool();
        try {
            Future<?> export = threads.submit(() -> heavy.run(Kind.TEAM_EXPORT, () -> Concurrently.holdUntil(release)));
            while (heavy.gate(Kind.TEAM_EXPORT).running() == 0) {
                Thread.sleep(1);
            }
            List<Future<Api.Download>> downloads = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                downloads.add(threads.submit(() -> api.download(workbook)));
            }
            api.get(s.base(s.project()) + "/matrix").expect(200);
            api.get("/api/v1/teams/" + s.team() + "/warnings").expect(200);
            for (Future<Api.Download> d : downloads) {
                assertBusy(d.get(), "team workbook exports");
            }
            assertEquals(3, refusals("team-export") - refusedBefore, "two found the queue full, one waited too long");
            release.countDown();
            export.get();
        } finally {
            threads.shutdownNow();
        }
        api.download(workbook).expect(200);
        assertEquals(0, heavy.gate(Kind.TEAM_EXPORT).running(), "every permit came back");
    }

    @Test
    void servesOrRefusesEveryOneOfManyExportsAndUploadsAndLeavesNothingHalfWritten() throws Exception {
        Startup s = api.startup();
        String workbook = "/api/v1/teams/" + s.team() + "/raci.xlsx";
        String upload = s.base(s.project()) + "/raci.xlsx?force=true";
        byte[] exported = api.download(s.base(s.project()) + "/raci.xlsx").expect(200).body();
        long versionBefore = api.matrixVersion(s.base(s.project()));
        double refusedBefore = refusals("team-export") + refusals("workbook-upload");

        List<Callable<Answer>> requests = new ArrayList<>();
        for (int i = 0; i < EACH; i++) {
            String letters = LETTERS.get(i % LETTERS.size());
            byte[] edited = Workbooks.edit(exported, w -> {
                Workbooks.type(Workbooks.cell(w.getSheet(SHEET), "Budget and cost control", "local1@example.com"), letters);
                Workbooks.type(Workbooks.cell(w.getSheet(SHEET), "Scope management", "local2@example.com"), letters);
            });
            requests.add(() -> Answer.of(api.download(workbook)));
            requests.add(() -> Answer.of(api.upload("PUT", upload, XLSX, edited)));
        }
        List<Answer> answers = Concurrently.allAtOnce(requests);

        answers.forEach(a -> assertTrue(a.status() == 200 || a.status() == 503, a.toString()));
        answers.stream().filter(a -> a.status() == 503).forEach(HeavyWorkApiTest::assertBusy);
        assertTrue(answers.stream().anyMatch(a -> a.status() == 200 && a.uploaded()), "at least one upload was served");
        assertTrue(answers.stream().anyMatch(a -> a.status() == 200 && !a.uploaded()), "at least one export was served");
        assertEquals(answers.stream().filter(a -> a.status() == 503).count(),
                (long) (refusals("team-export") + refusals("workbook-upload") - refusedBefore), "each 503 is counted");

        api.get("/health").expect(200);
        assertTrue(api.get("/health").body().contains("UP"));
        long applied = answers.stream().filter(a -> a.status() == 200 && a.uploaded() && a.changed() > 0).count();
        assertEquals(versionBefore + applied, api.matrixVersion(s.base(s.project())), "each served upload that changed cells is one whole version");
        assertEquals(api.letters(s.base(s.project()), "budget", s.local().get(0)), api.letters(s.base(s.project()), "scope", s.local().get(1)),
                "both cells carry the letters of the same upload");
    }

    /** One answer, for exports and uploads alike. */
    private record Answer(boolean uploaded, int status, String contentType, String retryAfter, String body, long changed) {

        static Answer of(Api.Download d) {
            String body = d.status() == 200 ? "(a workbook)" : new String(d.body(), StandardCharsets.UTF_8);
            return new Answer(false, d.status(), d.header("Content-Type"), d.header("Retry-After"), body, 0);
        }

        static Answer of(org.raciplanner.support.Reply r) {
            long changed = r.status() == 200 ? ((Number) r.map().get("changed")).longValue() : 0;
            return new Answer(true, r.status(), r.header("Content-Type"), r.header("Retry-After"), r.body(), changed);
        }
    }

    private static void assertBusy(Api.Download d, String what) {
        assertBusy(Answer.of(d));
        assertTrue(new String(d.body(), StandardCharsets.UTF_8).contains("busy with " + what), "says what keeps it busy");
    }

    private static void assertBusy(Answer a) {
        assertEquals(503, a.status(), a.toString());
        assertTrue(a.contentType().startsWith("application/problem+json"), a.toString());
        assertTrue(Integer.parseInt(a.retryAfter()) >= 1, a.toString());
        assertTrue(a.body().contains("\"status\":503") && a.body().contains("Try again in " + a.retryAfter() + " s"), a.body());
    }

    private double refusals(String kind) {
        return meters.find("raci.heavy.refusals").tag("kind", kind).counters().stream().mapToDouble(Counter::count).sum();
    }

}
