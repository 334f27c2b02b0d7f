package org.raciplanner.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import org.junit.jupiter.api.Test;
import org.raciplanner.support.Contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the generated document says about the whole API; the HTTP tests check it answer by answer ({@link Contract}). */
class OpenApiDocumentTest {

    /** POSTs that create nothing (planning.md): a preview saves nothing, an apply changes what exists. */
    private static final Set<String> POSTS_THAT_CREATE_NOTHING = Set.of("POST /api/v1/teams/{teamId}/what-if",
            "POST /api/v1/teams/{teamId}/scenarios/{scenarioId}/apply");

    private final OpenAPI document = new OpenAPIV3Parser().read(Contract.DOCUMENT);

    @Test
    void createsAnswer201AndDeletes204() {
        List<String> wrong = new ArrayList<>();
        eachOperation((name, operation) -> {
            boolean create = name.startsWith("POST") && !POSTS_THAT_CREATE_NOTHING.contains(name);
            String expected = name.startsWith("DELETE") ? "204" : create ? "201" : "200";
            if (!operation.getResponses().containsKey(expected)) {
                wrong.add(name + " documents " + operation.getResponses().keySet());
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyOperationNeedsTheBearerTokenAndDocumentsItsRefusalsAsProblems() {
        SecurityScheme bearer = document.getComponents().getSecuritySchemes().get("bearer");
        assertEquals(SecurityScheme.Type.HTTP, bearer.getType());
        assertEquals("bearer", bearer.getScheme());
        assertTrue(document.getSecurity().get(0).containsKey("bearer"));
        List<String> wrong = new ArrayList<>();
        eachOperation((name, operation) -> operation.getResponses().forEach((status, response) -> {
            if (status.startsWith("4") && (response.getContent() == null || !response.getContent().containsKey("application/problem+json"))) {
                wrong.add(name + " " + status);
            }
        }));
        eachOperation((name, operation) -> {
            if (!operation.getResponses().containsKey("401")) {
                wrong.add(name + " lacks 401");
            }
        });
        assertEquals(List.of(), wrong);
        Schema<?> problem = document.getComponents().getSchemas().get("Problem");
        assertEquals(List.of("status", "title", "type"), problem.getRequired().stream().sorted().toList());
        assertTrue(problem.getProperties().keySet().containsAll(List.of("detail", "errors")));
    }

    @Test
    void theWorkbookUploadTakesRawBytes() {
        Operation upload = document.getPaths().get("/api/v1/teams/{teamId}/initiatives/{initiativeId}/raci.xlsx").getPut();
        upload.getRequestBody().getContent().forEach((media, content) -> assertEquals("binary", content.getSchema().getFormat(), media));
        assertTrue(upload.getRequestBody().getContent().keySet().containsAll(List.of(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/octet-stream")));
        assertTrue(upload.getResponses().containsKey("422"));
    }

    @Test
    void theContractRefusesAnswersTheDocumentDoesNotDescribe() {
        Contract contract = Contract.generated();
        String problem = "{\"type\":\"t\",\"title\":\"Unauthorized\",\"status\":401}";
        assertEquals("", contract.mismatches("GET", "/api/v1/teams/1/warnings", 401, "application/problem+json", problem));
        assertTrue(contract.mismatches("POST", "/api/v1/teams", 200, "application/json", "{}").contains("status"),
                "a create answered 200 passed");
        assertTrue(!contract.mismatches("GET", "/api/v1/teams/1/warnings", 200, "application/json", "[{\"code\":1}]").isEmpty(),
                "a warning without its fields passed");
        assertTrue(!contract.mismatches("GET", "/api/v1/teams/1", 500, "application/problem+json", problem).isEmpty(),
                "a 500 passed");
    }

    private void eachOperation(BiConsumer<String, Operation> check) {
        document.getPaths().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : item.readOperationsMap().entrySet()) {
                check.accept(op.getKey() + " " + path, op.getValue());
            }
        });
    }
}
