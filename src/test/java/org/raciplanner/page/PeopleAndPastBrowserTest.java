package org.raciplanner.page;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.raciplanner.support.Api;
import org.raciplanner.support.Moments;
import org.raciplanner.support.Browser;
import org.raciplanner.support.Startup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The People view and the matrix in the past, in a real headless Chromium, on the sources' startup.
 * Screenshots at 1280 px and at a phone's 390 px go to {@code target/shots/} for a person to look at.
 */
@MicronautTest
class PeopleAndPastBrowserTest {

    private static final Path SHOTS = Path.of("target", "shots");

    @Inject
    Api api;

    @Inject
    EmbeddedServer server;

    private Browser browser;
    private Startup startup;

    @BeforeEach
    void start() {
        startup = api.startup();
        browser = Browser.start(server.getPort());
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void aNameInTheMatrixOpensThePersonsAssignmentsLoadWarningsAndHistory() {
        signIn(api.token(startup.team(), "pat", "EDITOR"));
        browser.open("/#/matrix/" + startup.project());
        browser.waitFor("the launch matrix", d -> text("matrix-heading").equals("Matrix: Atlas launch"));
        browser.find(By.linkText("Dana")).click();

        browser.waitFor("Dana's view", d -> text("people-heading").equals("People: Dana"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("#/people/" + startup.dana()));
        assertEquals(List.of("Atlas", "Atlas launch"), texts("#person-initiatives section.held h3 a"));
        assertTrue(text("person-summary").contains("estimated load 89.5 h a week (223.7 % of 40 h) · on 2 initiatives"),
                text("person-summary"));
        assertTrue(text("person-warnings").contains("CAPACITY_OVERLOAD"));
        browser.waitFor("her history", d -> text("person-history").contains("set by a template"));
        assertEquals("RA", browser.find(By.cssSelector("#person-initiatives td.L-RA")).getText());
        shoot("people", 1280, 900);
        shoot("people-phone", 390, 844);
        browser.resize(1280, 900);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('person-warnings-heading').scrollIntoView()");
        browser.screenshot(SHOTS.resolve("people-warnings-history.png"));
        browser.assertConsoleClean();
    }

    @Test
    void outlinesTheCellsChangedSinceAMomentAndShowsTheMatrixAsItWasThen() {
        String token = api.token(startup.team(), "pat", "EDITOR");
        Instant before = Moments.pastMillisecond();
        long local1 = startup.local().get(0);
        api.as(token).put(startup.base(startup.project()) + "/matrix/budget/" + local1, Map.of("letters", "A")).expect(200);
        signIn(token);

        browser.open("/#/matrix/" + startup.project() + "?since=" + before);
        browser.waitFor("the outlined cell", d -> !d.findElements(By.cssSelector("#matrix .changed")).isEmpty());
        WebElement changed = browser.find(By.cssSelector("#matrix .changed"));
        assertEquals("A", changed.getText());
        assertTrue(changed.getAttribute("title").startsWith("empty → A by pat, "), changed.getAttribute("title"));
        assertEquals(1, browser.driver().findElements(By.cssSelector("#matrix .changed")).size());
        assertTrue(text("past-note").startsWith("1 cell changed since "), text("past-note"));
        shoot("matrix-changes-since", 1280, 900);

        browser.open("/#/matrix/" + startup.project() + "?asOf=" + before);
        browser.waitFor("the matrix as it was, read only", d -> text("past-note").startsWith("As it was at ")
                && d.findElements(By.cssSelector("#matrix button")).isEmpty() && !d.findElements(By.cssSelector("#matrix td")).isEmpty());
        assertEquals(0, browser.driver().findElements(By.cssSelector("#matrix td.L-A")).size(), "Local 1 had no A on the budget yet");
        // A date-time input drops ":00" seconds from its value (HTML's normalised form): a minute's first second is no error.
        String asOf = browser.find(By.id("as-of")).getAttribute("value");
        assertTrue(asOf.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?"), asOf);
        shoot("matrix-as-of", 1280, 900);
        shoot("matrix-as-of-phone", 390, 844);

        browser.find(By.id("past-clear")).click();
        browser.waitFor("the matrix now", d -> !d.findElements(By.cssSelector("#matrix button.L-A")).isEmpty());
        assertTrue(browser.find(By.id("past-note")).getAttribute("hidden") != null);
        browser.assertConsoleClean();
    }

    private void signIn(String token) {
        // the first matrix, shown on signing in, is loaded before the test goes anywhere else
        browser.signIn(token);
        browser.waitFor("the team's name", d -> text("who-team").startsWith("Startup"));
    }

    private void shoot(String name, int width, int height) {
        browser.resize(width, height);
        browser.screenshot(SHOTS.resolve(name + ".png"));
    }


    private String text(String id) {
        return browser.find(By.id(id)).getDomProperty("textContent").strip();
    }

    private List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
