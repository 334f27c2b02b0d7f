package org.raciplanner.template;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.Startup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;
import static org.raciplanner.support.Api.staff;

@MicronautTest
class TemplateApiTest {

    @Inject
    Api api;

    @Test
    void listsTheTemplatesWithRolesAndEffort() {
        List<Map<String, Object>> templates = api.get("/api/v1/templates").expect(200).list();
        assertEquals(5, templates.size());
        Map<String, Object> delivery = templates.stream().filter(t -> t.get("key").equals("delivery-project")).findFirst().orElseThrow();
        assertEquals("PROJECT", delivery.get("kind"));
        assertTrue(((List<?>) delivery.get("roles")).toString().contains("project-coordinator"));
        Map<?, ?> budget = ((List<Map<?, ?>>) (List<?>) delivery.get("responsibilities")).stream()
                .filter(r -> r.get("key").equals("budget")).findFirst().orElseThrow();
        assertEquals(1.5, ((Number) budget.get("effortHours")).doubleValue());
    }

    @Test
    void showsOneTemplateWithLettersConflictsAndRequirements() {
        Map<String, Object> product = api.get("/api/v1/templates/product").expect(200).map();
        assertEquals("RA", ((Map<?, ?>) ((Map<?, ?>) product.get("letters")).get("backlog")).get("product-owner"));
        assertEquals(List.of("vision-strategy", "roadmap", "backlog"), product.get("required"));
        assertFalse(((List<?>) product.get("conflicts")).isEmpty());
        api.get("/api/v1/templates/nope").expect(404);
    }

    @Test
    void buildsTheSourcesStartupInTwoRequests() {
        Startup s = api.startup();
        Map<String, Object> product = api.get(s.base(s.product()) + "/matrix").expect(200).map();
        assertEquals(Map.of(), rowsWithoutExactlyOneAccountable(product), "every product row has one A");
        assertEquals("RA", lettersOf(product, "backlog", s.dana()), "product owner's RA merged with product manager's C");

        Map<String, Object> project = api.get(s.base(s.project()) + "/matrix").expect(200).map();
        assertEquals(28, ((List<?>) project.get("people")).size());
        assertEquals(Map.of("budget", 0L), rowsWithoutExactlyOneAccountable(project),
                "the sponsor owns the budget and nobody is staffed as sponsor yet");

        long sponsor = api.person(s.team(), "Sasha Sponsor");
        List<Map<String, Object>> staffing = new ArrayList<>(s.projectStaffing());
        staffing.add(staff("sponsor", sponsor));
        api.put(s.base(s.project()) + "/staffing", staffing).expect(200);
        assertEquals(Map.of(), rowsWithoutExactlyOneAccountable(api.get(s.base(s.project()) + "/matrix").map()));
    }

    @Test
    void restaffingRederivesRoleLettersAndKeepsHandSetOnes() {
        Startup s = api.startup();
        long member = s.team27().get(0);
        api.put(s.base(s.project()) + "/matrix/risk/" + member, map("letters", "C")).expect(200);
        long lee = api.person(s.team(), "Lee");
        List<Map<String, Object>> staffing = new ArrayList<>();
        staffing.add(staff("project-manager", lee));
        s.team27().forEach(p -> staffing.add(staff("delivery-team", p)));
        api.put(s.base(s.project()) + "/staffing", staffing).expect(200);

        Map<String, Object> matrix = api.get(s.base(s.project()) + "/matrix").map();
        assertEquals("RA", lettersOf(matrix, "project-plan", lee), "the new project manager takes the role's letters");
        assertEquals(null, lettersOf(matrix, "project-plan", s.dana()), "Dana's derived letters went with her role");
        assertEquals("C", lettersOf(matrix, "risk", member), "the hand-set cell stays");
        assertEquals("I", lettersOf(matrix, "schedule", member));
    }

    @Test
    void refusesStaffingWithARoleTheTemplateDoesNotHave() {
        Startup s = api.startup();
        long stranger = api.person(api.team("Elsewhere"), "Stranger");
        var reply = api.put(s.base(s.project()) + "/staffing", List.of(staff("product-owner", s.dana()),
                staff("project-manager", stranger))).expect(400);
        assertEquals(2, reply.problems().size(), reply.body());
        assertTrue(reply.problems().get(0).startsWith("[0].role: 'product-owner' is not a role of template delivery-project"));
        assertEquals("[1].person: person " + stranger + " is not on this team", reply.problems().get(1));
        var bad = api.post("/api/v1/teams/" + s.team() + "/initiatives", map("kind", "PROJECT", "name", "Wrong kind",
                "template", "product")).expect(400);
        assertEquals(List.of("template: 'product' is for a PRODUCT, not a PROJECT"), bad.problems());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> rowsWithoutExactlyOneAccountable(Map<String, Object> matrix) {
        Map<String, Long> accountable = ((List<Map<String, Object>>) matrix.get("responsibilities")).stream()
                .collect(Collectors.toMap(r -> (String) r.get("key"), r -> 0L));
        ((List<Map<String, Object>>) matrix.get("cells")).stream()
                .filter(c -> c.get("letters").toString().contains("A"))
                .forEach(c -> accountable.merge((String) c.get("responsibility"), 1L, Long::sum));
        accountable.values().removeIf(n -> n == 1);
        return accountable;
    }

    @SuppressWarnings("unchecked")
    private static String lettersOf(Map<String, Object> matrix, String row, long person) {
        return ((List<Map<String, Object>>) matrix.get("cells")).stream()
                .filter(c -> c.get("responsibility").equals(row) && ((Number) c.get("person")).longValue() == person)
                .map(c -> (String) c.get("letters")).findFirst().orElse(null);
    }
}
