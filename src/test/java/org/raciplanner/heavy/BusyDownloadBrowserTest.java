package org.raciplanner.heavy;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.raciplanner.support.Api;
import org.raciplanner.support.Browser;
import org.raciplanner.support.Concurrently;
import org.raciplanner.support.Startup;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The review page meets a busy service: the team workbook's only permit is taken and nobody may
 * wait, so the download is answered 503 with Retry-After; the page says so and tries once more.
 */
@MicronautTest(environments = "test")
@Property(name = "raci.heavy.team-export.max-running", value = "1")
@Property(name = "raci.heavy.team-export.queue-length", value = "0")
@Property(name = "raci.heavy.team-export.max-wait", value = "4s")
class BusyDownloadBrowserTest {

    @Inject
    Api api;

    @Inject
    EmbeddedServer server;

    @Inject
    HeavyWork heavy;

    @Test
    void showsTheBusyAnswerAndRetriesTheDownloadOnceByItself() throws Exception {
        Startup s = api.startup();
        String token = api.token(s.team(), "pat", "VIEWER");
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (Browser browser = Browser.start(server.getPort())) {
            browser.open("/");
            browser.find(By.id("token")).sendKeys(token);
            browser.find(By.cssSelector("#sign-in-form button[type='submit']")).click();
            browser.find(By.cssSelector("#matrix tbody tr"));
            thread.submit(() -> heavy.run(Kind.TEAM_EXPORT, () -> Concurrently.holdUntil(release)));
            browser.waitFor("the export's permit taken", d -> heavy.gate(Kind.TEAM_EXPORT).running() == 1);

            browser.find(By.id("download-team")).click();
            // nothing has finished yet, so Retry-After is the longest wait: 4 s
            browser.waitFor("the busy notice", d -> d.findElement(By.id("alert")).isDisplayed()
                    && d.findElement(By.id("alert-text")).getText().contains("busy, retrying in 4 s"));
            release.countDown();

            browser.waitFor("the workbook downloaded on the retry", d -> browser.downloads().stream()
                    .anyMatch(f -> f.getFileName().toString().matches("startup-raci-.*\\.xlsx")));
            browser.waitFor("the notice gone", d -> !d.findElement(By.id("alert")).isDisplayed());
        } finally {
            release.countDown();
            thread.shutdownNow();
        }
    }
}
