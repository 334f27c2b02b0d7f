package org.raciplanner.page;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.raciplanner.support.Api;
import org.raciplanner.support.Browser;
import org.raciplanner.support.FixedClock;
import org.raciplanner.support.Shots;
import org.raciplanner.support.Startup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;
import static org.raciplanner.support.Api.staff;

/**
 * The Workload view's load by week, in headless Chromium: the startup with Phoenix dated 4 Jan –
 * 30 Jun 2027 and Local 1 on holiday 1 – 14 Feb 2027 while doing an R on Phoenix, judged on 21 Dec 2026.
 * With {@code -Draci.shots=DIR} it keeps screenshots at 1280 px and at a phone's 390 px.
 */
@MicronautTest
@Property(name = FixedClock.TODAY, value = "2026-12-21")
class HeatmapBrowserTest {

    @Inject
    Api api;

    @Inject
    EmbeddedServer server;

    private Browser browser;

    @BeforeEach
    void start() {
        browser = Browser.start(server.getPort());
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void showsPhoenixsWeeksAndLocal1sHolidayAndExplainsACell() {
        Startup s = api.startup();
        String team = "/api/v1/teams/" + s.team();
        long local1 = s.local().get(0);
        api.patch(s.base(s.project()), map("name", "Phoenix", "startDate", "2027-01-04", "endDate", "2027-06-30")).expect(200);
        api.post(s.base(s.project()) + "/responsibilities", map("key", "acceptance-tests", "name", "Acceptance tests",
                "category", "EXECUTION", "effortHours", 6)).expect(201);
        api.put(s.base(s.project()) + "/matrix/acceptance-tests/" + local1, map("letters", "R")).expect(200);
        api.put(team + "/people/" + local1 + "/availability",
                List.of(map("from", "2027-02-01", "to", "2027-02-14", "capacityHours", 0, "note", "Holiday"))).expect(200);

        open(s.team(), 28);
        List<String> weeks = browser.texts("#heatmap thead th");
        assertEquals(27, weeks.size(), "the corner and the 26 weeks of the horizon");
        assertEquals(List.of("W52\n21 Dec 2026", "W53\n28 Dec", "W01\n4 Jan 2027", "W02\n11 Jan"), weeks.subList(1, 5),
                "the year where the week-based year begins");

        WebElement dana = row(s.dana());
        assertEquals("Dana", dana.findElement(By.cssSelector("th a")).getText());
        assertEquals(List.of("85", "85", "224"), cellTexts(dana).subList(0, 3), "Atlas only, then with Phoenix");
        assertTrue(cell(dana, 0).getAttribute("class").contains("heat-ok-4"));
        assertTrue(cell(dana, 2).getAttribute("class").contains("heat-error"));
        WebElement local = row(local1);
        assertEquals(List.of("0", "0", "16", "16", "16", "16", "off", "off", "16"), cellTexts(local).subList(0, 9));
        assertTrue(cell(local, 6).getAttribute("class").contains("heat-error"), "holiday while holding work");
        assertEquals("Local 1", browser.texts("#heatmap tbody th").get(0), "load without capacity first");

        new Actions(browser.driver()).moveToElement(cell(dana, 2)).perform();
        browser.waitFor("the week explained", d -> browser.text("heat-detail").equals(
                "Dana, 2027-W01 (4 Jan – 10 Jan): 89.5 h of 40 h, 223.7 %. Phoenix 55.4 h, Atlas 34.1 h"));
        new Actions(browser.driver()).moveToElement(cell(local, 6)).perform();
        browser.waitFor("the holiday explained", d -> browser.text("heat-detail").equals(
                "Local 1, 2027-W05 (1 Feb – 7 Feb): 6.4 h of 0 h, no capacity. Phoenix 6.4 h"));
        assertEquals("sticky", browser.script("return getComputedStyle(document.querySelector('#heatmap tbody th')).position"));
        assertEquals("sticky", browser.script("return getComputedStyle(document.querySelector('#heatmap thead th')).position"));
        shoot("workload-heatmap-1280.png");

        browser.resize(390, 844);
        browser.waitFor("the narrow layout", d -> (Long) browser.script("return document.documentElement.clientWidth") <= 390);
        scrollToWeeks();
        assertTrue((Long) browser.script("return document.documentElement.scrollWidth") <= 390, "the page itself never scrolls sideways");
        assertTrue((Boolean) browser.script("const w = document.querySelector('.heat-wrap'); return w.scrollWidth > w.clientWidth"),
                "the weeks scroll inside their box");
        browser.script("document.querySelector('.heat-wrap').scrollLeft = 400");
        assertTrue((Boolean) browser.script("const n = document.querySelector('#heatmap tbody th').getBoundingClientRect();"
                + " const w = document.querySelector('.heat-wrap').getBoundingClientRect(); return n.left >= w.left - 1 && n.right > w.left"),
                "the names stay in view while the weeks scroll");
        browser.script("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", cell(local, 7));
        cell(local, 7).click();
        browser.waitFor("a tap explains the week", d -> browser.text("heat-detail").startsWith("Local 1, 2027-W06"));
        shoot("workload-heatmap-390.png");

        browser.resize(1280, 900);
        row(local1).findElement(By.cssSelector("th a")).click();
        browser.waitFor("Local 1's warnings", d -> browser.driver().getCurrentUrl().endsWith("#/warnings?person=" + local1)
                && browser.texts("#warning-groups li.warning").stream().anyMatch(w -> w.contains("over capacity 1 – 14 Feb 2027")));
        browser.assertConsoleClean();
    }

    @Test
    void staysReadableForTwoHundredPeopleOverTwentySixWeeks() {
        long team = api.team("Two hundred");
        List<Long> people = api.people(team, "Member", 200);
        List<Map<String, Object>> staffing = new ArrayList<>();
        staffing.add(staff("product-manager", people.get(0)));
        people.subList(1, 200).forEach(p -> staffing.add(staff("delivery-team", p)));
        api.initiative(team, map("kind", "PRODUCT", "name", "Atlas", "template", "product", "staffing", staffing));
        api.initiative(team, map("kind", "PROJECT", "name", "Phoenix", "template", "delivery-project", "startDate", "2027-02-01",
                "endDate", "2027-04-30", "staffing", List.of(staff("project-manager", people.get(1)), staff("sponsor", people.get(2)))));

        long started = System.nanoTime();
        open(team, 200);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200 * 26, browser.driver().findElements(By.cssSelector("#heatmap td")).size());
        assertTrue(millis < 10_000, "drawn in " + millis + " ms");
        browser.script("document.querySelector('.heat-wrap').scrollTop = 2000");
        assertEquals("sticky", browser.script("return getComputedStyle(document.querySelector('#heatmap thead th')).position"));
        shoot("workload-heatmap-200-people.png");
        browser.assertConsoleClean();
    }

    private void open(long team, int rows) {
        String token = api.token(team, "pat", "VIEWER");
        browser.open("/");
        browser.find(By.id("token")).sendKeys(token);
        browser.find(By.cssSelector("#sign-in-form button[type='submit']")).click();
        browser.find(By.cssSelector("#matrix"));
        browser.open("/#/workload");
        browser.waitFor(rows + " rows of weeks", d -> d.findElements(By.cssSelector("#heatmap tbody tr")).size() == rows);
        scrollToWeeks();
    }

    private void scrollToWeeks() {
        browser.script("document.getElementById('heatmap-heading').scrollIntoView()");
    }

    private WebElement row(long person) {
        return browser.find(By.cssSelector("#heatmap tbody tr[data-person='" + person + "']"));
    }

    private static WebElement cell(WebElement row, int week) {
        return row.findElements(By.cssSelector("td")).get(week);
    }

    private static List<String> cellTexts(WebElement row) {
        return row.findElements(By.cssSelector("td")).stream().map(WebElement::getText).toList();
    }

    private void shoot(String name) {
        if (Shots.wanted()) {
            browser.screenshot(Shots.path(name));
        }
    }
}
