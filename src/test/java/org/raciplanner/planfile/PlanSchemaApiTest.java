package org.raciplanner.planfile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Api;
import org.raciplanner.support.Reply;
import org.raciplanner.support.Startup;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.support.Api.map;
import static org.raciplanner.support.Api.staff;

/** The plan file's JSON Schema is published without a token, and what the service writes keeps it. */
@MicronautTest
class PlanSchemaApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Api api;

    @Test
    void publishesTheSchemaWithoutAToken() throws Exception {
        Reply schema = api.anonymous().get(PlanController.SCHEMA).expect(200);
        assertTrue(schema.header("Content-Type").startsWith("application/json"), schema.header("Content-Type"));
        assertEquals("raci-planner plan file", JSON.readTree(schema.body()).get("title").asText());
    }

    @Test
    void theServicesOwnExportKeepsItsSchema() throws Exception {
        JsonSchema schema = schema();
        Startup s = api.startup();
        long coordinator = api.person(s.team(), "Casey Coordinator");
        api.patch("/api/v1/teams/" + s.team() + "/people/" + coordinator, map("title", "Project coordinator", "location", "Lisbon",
                "remote", true, "capacityHours", 32.5)).expect(200);
        api.put("/api/v1/teams/" + s.team() + "/people/" + coordinator + "/availability", List.of(map("from", "2027-02-01",
                "to", "2027-02-14", "capacityHours", 0, "note", "Holiday"), map("from", "2027-03-01", "to", "2027-06-30",
                "capacityHours", 20.5))).expect(200);
        List<Map<String, Object>> staffing = new java.util.ArrayList<>(s.projectStaffing().subList(0, 8));
        staffing.add(staff("project-coordinator", coordinator));
        s.remote().forEach(p -> staffing.add(staff("delivery-team", p, coordinator)));
        api.put(s.base(s.project()) + "/staffing", staffing).expect(200);
        api.post(s.base(s.project()) + "/responsibilities", map("key", "vendor-contracts", "name", "Vendor contracts",
                "category", "STRATEGY", "effortHours", 0.75)).expect(201);
        api.put(s.base(s.project()) + "/matrix/vendor-contracts/" + s.dana(), map("letters", "ra")).expect(200);
        api.patch("/api/v1/teams/" + s.team() + "/initiatives/" + s.project(), map("startDate", "2027-01-04", "endDate", "2027-03-26",
                "budget", 120000.5)).expect(200);
        api.delete(s.base(s.project()) + "/responsibilities/post-mortem").expect(204);

        String exported = api.get("/api/v1/teams/" + s.team() + "/plan").expect(200).body();
        ProcessingReport report = schema.validate(JSON.readTree(exported));
        assertTrue(report.isSuccess(), report + "\n" + exported);
        assertTrue(exported.contains("\"communicatesVia\""), exported);
        assertTrue(exported.contains("\"availability\"") && exported.contains("\"horizonWeeks\""), exported);
    }

    @Test
    void theReadmesExampleKeepsItAndAMistakeBreaksIt() throws Exception {
        JsonSchema schema = schema();
        assertTrue(schema.validate(yamlAsJson(StartupPlanApiTest.startup())).isSuccess());
        assertTrue(schema.validate(yamlAsJson(StartupPlanApiTest.withCoordinator())).isSuccess());
        assertFalse(schema.validate(yamlAsJson("people:\n  ana@acme.example: {nmae: Ana}\n")).isSuccess());
        assertFalse(schema.validate(yamlAsJson("initiatives:\n  Atlas: {kind: PRODUCT, name: Atlas}\n")).isSuccess());
        assertFalse(schema.validate(yamlAsJson("people:\n  ana@acme.example: {name: Ana, availability: [{from: 2027-01-04,"
                + " capacityHours: 0}]}\n")).isSuccess(), "a window without its last day");
    }

    private JsonSchema schema() throws Exception {
        JsonNode schema = JSON.readTree(api.anonymous().get(PlanController.SCHEMA).expect(200).body());
        return JsonSchemaFactory.byDefault().getJsonSchema(schema);
    }

    /** A YAML file as an editor's schema check sees it: plain JSON values (dates as text). */
    private static JsonNode yamlAsJson(String yaml) {
        Object value = new Yaml(new SafeConstructor(new LoaderOptions()) {
            {
                yamlConstructors.put(org.yaml.snakeyaml.nodes.Tag.TIMESTAMP, yamlConstructors.get(org.yaml.snakeyaml.nodes.Tag.STR));
            }
        }).load(yaml);
        return JSON.valueToTree(value);
    }
}
