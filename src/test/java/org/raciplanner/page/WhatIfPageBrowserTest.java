package org.raciplanner.page;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.raciplanner.support.Api;
import org.raciplanner.support.Browser;
import org.raciplanner.support.Previews;
import org.raciplanner.support.Startup;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;
import static org.raciplanner.support.Previews.COMMUNICATION;

/**
 * The review page's What-if mode in a real headless Chromium, on the sources' startup: Dana hands
 * her stakeholder communication on both initiatives and the product-owner role to others.
 * With {@code -Draci.shots=DIR} it saves screenshots there, at 1280 px and at a phone's width.
 */
@MicronautTest
class WhatIfPageBrowserTest {

    private static final String SHOTS = System.getProperty("raci.shots");

    @Inject
    Api api;

    @Inject
    EmbeddedServer server;

    private Browser browser;
    private Startup s;

    @BeforeEach
    void start() {
        s = api.startup();
        browser = Browser.start(server.getPort());
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void previewsDanasReliefSavesItAndAppliesItAsPreviewed() {
        String team = "/api/v1/teams/" + s.team();
        List<Map<String, Object>> before = api.get(team + "/warnings").expect(200).list();
        browser.signIn(api.token(s.team(), "pat", "EDITOR"));
        openMatrix("Atlas launch (project)");
        toggleWhatIf();

        pick(COMMUNICATION, "Dana", "");
        pick(COMMUNICATION, "Local 2", "RA");
        openMatrix("Atlas (product)");
        browser.find(By.xpath("//div[@id='what-if-staffing']//li[contains(., 'Dana — product-owner')]/button")).click();
        browser.waitFor("Dana's unstaffing in the changes", d -> text("what-if-changes").contains("Dana no longer product-owner")
                && text("what-if-summary").startsWith("3 changes") && text("what-if-summary").contains("errors"));
        Select form = new Select(browser.find(By.cssSelector("#what-if-staffing form select[name='person']")));
        form.selectByVisibleText("Local 1");
        new Select(browser.find(By.cssSelector("#what-if-staffing form select[name='role']"))).selectByValue("product-owner");
        browser.find(By.cssSelector("#what-if-staffing form button[type='submit']")).click();
        browser.waitFor("Local 1 on the Atlas matrix", d -> texts("#matrix thead th.person").contains("Local 1"));
        pick(COMMUNICATION, "Dana", "");
        pick(COMMUNICATION, "Local 1", "RA");

        browser.waitFor("the preview of 6 changes", d -> text("what-if-summary").startsWith("6 changes · errors 2 → 1"));
        assertTrue(text("what-if-resolved").contains("Dana is both product manager and product owner."), text("what-if-resolved"));
        WebElement overload = browser.find(By.xpath("//ul[@id='what-if-changed']/li[contains(., 'CAPACITY_OVERLOAD')]"));
        assertTrue(overload.getText().startsWith("WARNING CAPACITY_OVERLOAD was ERROR: Dana is over capacity"), overload.getText());
        String load = browser.find(By.cssSelector("#what-if-load li[data-person='" + s.dana() + "']")).getAttribute("aria-label");
        assertTrue(load.startsWith("Dana: 223.7 % (89.5 h) before, 1"), load);
        assertEquals("RA", api.letters(s.base(s.project()), COMMUNICATION, s.dana()), "nothing saved to the team");
        assertEquals(before, api.get(team + "/warnings").expect(200).list());
        shots("what-if");

        browser.find(By.id("what-if-name")).sendKeys("Relieve Dana");
        browser.find(By.cssSelector("#what-if-save button")).click();
        browser.waitFor("the saved scenario", d -> text("what-if-scenarios").contains("Relieve Dana"));
        Map<String, Object> saved = api.get(team + "/scenarios").expect(200).list().get(0);
        Map<String, Object> scenario = api.get(team + "/scenarios/" + saved.get("id")).expect(200).map();
        @SuppressWarnings("unchecked")
        Map<String, Object> preview = (Map<String, Object>) scenario.get("result");

        browser.find(By.id("what-if-apply")).click();
        browser.waitFor("the apply", d -> text("status").startsWith("Applied: the team is at version"));
        assertEquals(Previews.after(before, preview), Previews.byId(api.get(team + "/warnings").expect(200).list()),
                "the warnings are what the preview said");
        assertEquals("RA", api.letters(s.base(s.project()), COMMUNICATION, s.local().get(1)));
        assertTrue(browser.find(By.id("what-if")).getAttribute("hidden") != null, "back to the team's matrix");
        browser.assertConsoleClean();
    }

    @Test
    void showsAScenarioTheTeamChangedSinceAsStale() {
        String team = "/api/v1/teams/" + s.team();
        Previews.saveReliefOfDana(api, s);
        api.put(s.base(s.project()) + "/matrix/budget/" + s.local().get(4), map("letters", "A")).expect(200);
        browser.signIn(api.token(s.team(), "pat", "EDITOR"));
        openMatrix("Atlas launch (project)");
        toggleWhatIf();
        browser.waitFor("the scenario marked stale", d -> text("what-if-scenarios").contains("Relieve Dana")
                && text("what-if-scenarios").contains("stale"));
        browser.find(By.xpath("//ul[@id='what-if-scenarios']/li[contains(., 'Relieve Dana')]/button[.='Open']")).click();
        browser.waitFor("the opened scenario", d -> text("what-if-summary").contains("Relieve Dana") && text("what-if-summary").contains("stale"));
        assertTrue(text("what-if-summary").startsWith("4 changes · errors 1 → 0"), "evaluated against the team as it is now, whose"
                + " budget has an owner since: " + text("what-if-summary"));
        browser.assertConsoleClean();
    }

    @Test
    void showsTheCellsSomeoneElseChangedOnApplyAndAppliesAnywayOnRequest() {
        String team = "/api/v1/teams/" + s.team();
        Previews.saveReliefOfDana(api, s);
        api.put(s.base(s.project()) + "/matrix/" + COMMUNICATION + "/" + s.local().get(1), map("letters", "C")).expect(200);
        browser.signIn(api.token(s.team(), "pat", "EDITOR"));
        openMatrix("Atlas launch (project)");
        toggleWhatIf();
        browser.find(By.xpath("//ul[@id='what-if-scenarios']/li[contains(., 'Relieve Dana')]/button[.='Open']")).click();
        browser.waitFor("the opened scenario", d -> text("what-if-summary").contains("Relieve Dana"));
        browser.find(By.id("what-if-apply")).click();
        browser.waitFor("the conflict", d -> !browser.find(By.id("what-if-problem")).isDisplayed() ? false
                : text("what-if-problem").contains("Atlas launch › " + COMMUNICATION + " › Local 2: was I"));
        assertEquals("C", api.letters(s.base(s.project()), COMMUNICATION, s.local().get(1)), "nothing applied");
        shots("what-if-conflict");

        browser.find(By.id("what-if-force")).click();
        browser.waitFor("the apply", d -> text("status").startsWith("Applied"));
        assertEquals("RA", api.letters(s.base(s.project()), COMMUNICATION, s.local().get(1)));
        assertEquals(List.of(), browser.severeConsoleEntries().stream().filter(entry -> !entry.contains("status of 409")).toList(),
                "only the refused apply may be logged");
    }

    @Test
    void aViewerPreviewsButMayNeitherSaveNorApply() {
        browser.signIn(api.token(s.team(), "val", "VIEWER"));
        openMatrix("Atlas launch (project)");
        toggleWhatIf();
        pick("budget", "Local 3", "A");
        browser.waitFor("the preview", d -> text("what-if-summary").startsWith("1 change · errors 2 → 1"));
        assertTrue(browser.find(By.id("what-if-viewer")).isDisplayed());
        assertTrue(!browser.find(By.id("what-if-save")).isDisplayed() && !browser.find(By.id("what-if-apply")).isDisplayed());
        assertEquals(List.of(), api.get("/api/v1/teams/" + s.team() + "/scenarios").expect(200).list());
        browser.assertConsoleClean();
    }

    // ---- steps --------------------------------------------------------------------------

    private void openMatrix(String initiative) {
        new Select(browser.find(By.id("initiative"))).selectByVisibleText(initiative);
        String name = initiative.substring(0, initiative.indexOf(" ("));
        browser.waitFor("the matrix of " + name, d -> text("matrix-heading").equals("Matrix: " + name));
    }

    private void toggleWhatIf() {
        browser.find(By.id("what-if-toggle")).click();
        browser.waitFor("what-if mode", d -> browser.find(By.id("what-if-toggle")).getAttribute("aria-pressed").equals("true")
                && text("what-if-summary").contains("errors"));
    }

    /** Picks letters for a cell through the picker; "" clears it. */
    private void pick(String row, String person, String letters) {
        int changes = changeCount();
        cell(row, person).click();
        browser.find(By.cssSelector("#picker button[data-letters='" + letters + "']")).click();
        browser.waitFor(person + "'s " + row + " in the changes", d -> changeCount() != changes
                && text("what-if-summary").contains("errors"));
    }

    private int changeCount() {
        String summary = text("what-if-summary");
        return summary.isEmpty() ? 0 : Integer.parseInt(summary.substring(0, summary.indexOf(' ')));
    }

    private WebElement cell(String row, String person) {
        int column = texts("#matrix thead th.person").indexOf(person) + 1;
        return browser.find(By.xpath("//tr[@id='row-" + row + "']/td[" + column + "]/descendant-or-self::*[last()]"));
    }

    private void shots(String name) {
        if (SHOTS == null) {
            return;
        }
        browser.resize(1280, 2300);
        scroll("window.scrollTo(0, 0)");
        browser.screenshot(Path.of(SHOTS, name + "-1280.png"));
        browser.resize(390, 1600);
        scroll("window.scrollTo(0, 0)");
        browser.screenshot(Path.of(SHOTS, name + "-phone.png"));
        scroll("document.getElementById('what-if').scrollIntoView()");
        browser.screenshot(Path.of(SHOTS, name + "-phone-panel.png"));
        browser.resize(1280, 900);
    }

    private void scroll(String script) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(script);
    }

    private String text(String id) {
        return browser.find(By.id(id)).getDomProperty("textContent").strip();
    }

    private List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
