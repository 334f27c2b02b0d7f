package org.raciplanner.support;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real HTTP against the running test server, with the fixtures most tests need. Uses the JDK
 * client so that tests can also send what a well-behaved client never would (bad JSON, wrong
 * media types). Sends the operator token unless told otherwise: {@link #as(String)} sends another
 * token, {@link #anonymous()} none. Every answer is checked against the generated OpenAPI document
 * ({@link Contract}), so a test fails when the service answers something the document does not say.
 */
@Singleton
public class Api {

    private final EmbeddedServer server;
    private final JsonMapper json;
    private final HttpClient client;
    private final Contract contract;
    private final @Nullable String token;

    @Inject
    public Api(EmbeddedServer server, JsonMapper json, @Value("${raci.admin-token}") String operatorToken) {
        this(server, json, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), Contract.generated(), operatorToken);
    }

    private Api(EmbeddedServer server, JsonMapper json, HttpClient client, Contract contract, @Nullable String token) {
        this.server = server;
        this.json = json;
        this.client = client;
        this.contract = contract;
        this.token = token;
    }

    /** The same client, sending {@code token} as the bearer token. */
    public Api as(String token) {
        return new Api(server, json, client, contract, token);
    }

    /** The same client, sending no token at all. */
    public Api anonymous() {
        return new Api(server, json, client, contract, null);
    }

    public Reply get(String path) {
        return send("GET", path, null, null, Map.of());
    }

    public Reply post(String path, Object body) {
        return send("POST", path, "application/json", toJson(body), Map.of());
    }

    public Reply put(String path, Object body) {
        return send("PUT", path, "application/json", toJson(body), Map.of());
    }

    public Reply put(String path, Object body, Map<String, String> headers) {
        return send("PUT", path, "application/json", toJson(body), headers);
    }

    public Reply patch(String path, Object body) {
        return send("PATCH", path, "application/json", toJson(body), Map.of());
    }

    public Reply delete(String path) {
        return send("DELETE", path, null, null, Map.of());
    }

    public Reply delete(String path, Map<String, String> headers) {
        return send("DELETE", path, null, null, headers);
    }

    public Reply raw(String method, String path, String contentType, String body) {
        return send(method, path, contentType, body, Map.of());
    }

    /** Any request with its own headers, such as a YAML file with If-Match or a GET with Accept; {@code body} null for none. */
    public Reply raw(String method, String path, String contentType, String body, Map<String, String> headers) {
        return send(method, path, contentType, body, headers);
    }

    /** A binary download, such as a workbook. */
    public Download download(String path) {
        HttpRequest request = authorized(HttpRequest.newBuilder(uri(path))).timeout(Duration.ofSeconds(120)).GET().build();
        HttpResponse<byte[]> response = exchange(request, HttpResponse.BodyHandlers.ofByteArray());
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        boolean isJson = contentType != null && contentType.contains("json");
        checkContract(request, response.statusCode(), contentType,
                new String(response.body(), isJson ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
        return new Download(response.statusCode(), response.body(), response.headers());
    }

    /** Sends a binary body, such as an edited workbook. */
    public Reply upload(String method, String path, String contentType, byte[] body) {
        HttpRequest request = authorized(HttpRequest.newBuilder(uri(path))).timeout(Duration.ofSeconds(120))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", contentType).build();
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        checkContract(request, response);
        return new Reply(method + " " + path, response.statusCode(), response.body(), response.headers().map(), json);
    }

    public record Download(int status, byte[] body, java.net.http.HttpHeaders headers) {
        public Download expect(int expected) {
            org.junit.jupiter.api.Assertions.assertEquals(expected, status, () -> "answered " + status + ": "
                    + new String(body, java.nio.charset.StandardCharsets.UTF_8));
            return this;
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    // ---- fixtures -------------------------------------------------------------------------

    public long team(String name) {
        return post("/api/v1/teams", Map.of("name", name)).expect(201).id();
    }

    /** A new team with the secret of its first ADMIN token. */
    public TeamAccess teamWithToken(String name) {
        Map<String, Object> team = post("/api/v1/teams", Map.of("name", name)).expect(201).map();
        return new TeamAccess(((Number) team.get("id")).longValue(), (String) team.get("token"));
    }

    /** Issues a token of {@code role} on the team and answers its secret. */
    public String token(long teamId, String name, String role) {
        return (String) post("/api/v1/teams/" + teamId + "/tokens", Map.of("name", name, "role", role)).expect(201).map().get("token");
    }

    /** Adds people named {@code prefix 1..n} with e-mails {@code prefix1@example.com}, in one batch. */
    public List<Long> people(long teamId, String prefix, int n) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add(Map.of("name", prefix + " " + i, "email", prefix.toLowerCase().replace(' ', '.') + i + "@example.com"));
        }
        return post("/api/v1/teams/" + teamId + "/people/batch", rows).expect(201).list().stream()
                .map(p -> ((Number) p.get("id")).longValue()).toList();
    }

    public long person(long teamId, String name) {
        return post("/api/v1/teams/" + teamId + "/people",
                Map.of("name", name, "email", name.toLowerCase().replace(' ', '.') + "@example.com")).expect(201).id();
    }

    public long initiative(long teamId, Map<String, Object> body) {
        return post("/api/v1/teams/" + teamId + "/initiatives", body).expect(201).id();
    }

    public long project(long teamId, String name) {
        return initiative(teamId, Map.of("kind", "PROJECT", "name", name));
    }

    public static Map<String, Object> staff(String role, long person) {
        return Map.of("role", role, "person", person);
    }

    public static Map<String, Object> staff(String role, long person, long via) {
        return Map.of("role", role, "person", person, "communicatesVia", via);
    }

    public static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /** Builds {@link Startup} with two initiative requests, as a new user would. */
    public Startup startup() {
        long team = team("Startup");
        long dana = person(team, "Dana");
        List<Long> local = people(team, "Local", 7);
        List<Long> remote = people(team, "Remote", 20);
        long product = initiative(team, map("kind", "PRODUCT", "name", "Atlas", "template", "product",
                "staffing", List.of(staff("product-manager", dana), staff("product-owner", dana))));
        List<Map<String, Object>> projectStaffing = new ArrayList<>();
        projectStaffing.add(staff("project-manager", dana));
        local.forEach(p -> projectStaffing.add(staff("delivery-team", p)));
        remote.forEach(p -> projectStaffing.add(staff("delivery-team", p)));
        long project = initiative(team, map("kind", "PROJECT", "name", "Atlas launch", "template", "delivery-project",
                "parentId", product, "staffing", projectStaffing));
        return new Startup(team, dana, local, remote, product, project, List.copyOf(projectStaffing));
    }

    /** The matrix of the initiative at {@code initiativePath} ({@code /api/v1/teams/1/initiatives/2}). */
    public Map<String, Object> matrix(String initiativePath) {
        return get(initiativePath + "/matrix").expect(200).map();
    }

    public long matrixVersion(String initiativePath) {
        return ((Number) matrix(initiativePath).get("version")).longValue();
    }

    /** The letters of one cell, or null when it is empty. */
    @SuppressWarnings("unchecked")
    public String letters(String initiativePath, String responsibility, long person) {
        return ((List<Map<String, Object>>) matrix(initiativePath).get("cells")).stream()
                .filter(c -> responsibility.equals(c.get("responsibility")) && ((Number) c.get("person")).longValue() == person)
                .map(c -> (String) c.get("letters")).findFirst().orElse(null);
    }

    // ---- plumbing -------------------------------------------------------------------------

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.getPort() + path);
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Reply send(String method, String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = authorized(HttpRequest.newBuilder(uri(path)))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        HttpRequest sent = request.build();
        HttpResponse<String> response = exchange(sent, HttpResponse.BodyHandlers.ofString());
        checkContract(sent, response);
        return new Reply(method + " " + path, response.statusCode(), response.body(), response.headers().map(), json);
    }

    private void checkContract(HttpRequest request, HttpResponse<String> response) {
        checkContract(request, response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
    }

    private void checkContract(HttpRequest request, int status, String contentType, String body) {
        contract.check(request.method(), request.uri().getRawPath(), status, contentType, body);
    }

    private String toJson(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
