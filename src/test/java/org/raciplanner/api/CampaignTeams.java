package org.raciplanner.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/** Builds the generative test's teams through the API with the operator token, and reads a team back whole. */
final class CampaignTeams {

    /** A populated team, its ADMIN token, and the ids the generator draws from. */
    record Team(long id, long controlId, String token, List<Long> people, List<Long> initiatives, List<String> keys,
                List<Long> otherTokens, byte[] workbook) {

        List<Long> ids() {
            List<Long> ids = new ArrayList<>(people);
            ids.addAll(initiatives);
            return ids;
        }
    }

    private final CampaignHttp http;
    private final String operator;
    private final ObjectMapper json = new ObjectMapper();

    CampaignTeams(CampaignHttp http, String operator) {
        this.http = http;
        this.operator = operator;
    }

    /** A team with people, a templated product and a hand-made project with a row and a cell; answers its id and ADMIN token. */
    Team populate(String name, long controlId) {
        JsonNode team = post("/api/v1/teams", Map.of("name", name), null);
        long id = team.get("id").asLong();
        String token = team.get("token").asText();
        String base = "/api/v1/teams/" + id;
        List<Long> people = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            rows.add(Map.of("name", name + " person " + i, "email", "p" + i + "." + id + "@example.com"));
        }
        post(base + "/people/batch", rows, token).forEach(p -> people.add(p.get("id").asLong()));
        long product = post(base + "/initiatives", Map.of("kind", "PRODUCT", "name", "Atlas", "template", "product",
                "staffing", List.of(Map.of("role", "product-manager", "person", people.get(0)),
                        Map.of("role", "product-owner", "person", people.get(1)))), token).get("id").asLong();
        long project = post(base + "/initiatives", Map.of("kind", "PROJECT", "name", "Phoenix", "parentId", product), token).get("id").asLong();
        post(base + "/initiatives/" + project + "/responsibilities", Map.of("key", "budget", "name", "Budget", "effortHours", 1.5), token);
        send("PUT", base + "/initiatives/" + project + "/matrix/budget/" + people.get(2), Map.of("letters", "RA"), token);
        long other = post(base + "/tokens", Map.of("name", "viewer", "role", "VIEWER"), token).get("id").asLong();
        List<String> keys = StreamSupport.stream(read(http.get(base + "/initiatives/" + product + "/responsibilities", token).body()).spliterator(), false)
                .map(r -> r.get("key").asText()).toList();
        byte[] workbook = http.download(base + "/initiatives/" + project + "/raci.xlsx", token);
        List<String> allKeys = new ArrayList<>(keys);
        allKeys.add("budget");
        return new Team(id, controlId, token, people, List.of(product, project), allKeys, List.of(other, other + 1000), workbook);
    }

    /** Every read of the team, as the operator sees it: status and body by path. */
    Map<String, String> read(long teamId) {
        String base = "/api/v1/teams/" + teamId;
        List<String> paths = new ArrayList<>(List.of(base, base + "/people", base + "/initiatives", base + "/warnings",
                base + "/workload", base + "/tokens", base + "/history"));
        for (JsonNode initiative : read(http.get(base + "/initiatives", operator).body())) {
            String at = base + "/initiatives/" + initiative.get("id").asLong();
            paths.addAll(List.of(at, at + "/matrix", at + "/staffing", at + "/responsibilities"));
        }
        Map<String, String> answers = new LinkedHashMap<>();
        paths.forEach(p -> {
            Campaign.Result r = http.get(p, operator);
            answers.put(p, r.status() + " " + r.body());
        });
        return answers;
    }

    private JsonNode post(String path, Object body, String token) {
        return send("POST", path, body, token);
    }

    private JsonNode send(String method, String path, Object body, String token) {
        try {
            Campaign.Result r = http.send(method, path, token == null ? operator : token, "application/json",
                    json.writeValueAsBytes(body), Map.of());
            if (r.status() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + r.status() + ": " + r.body());
            }
            return read(r.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Not JSON: " + body, e);
        }
    }
}
