package org.raciplanner.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.raciplanner.support.Contract;
import org.raciplanner.support.Values;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the generative test: reads the OpenAPI document the service serves, builds a control
 * team and a target team, sends every operation {@code perOperation} requests (valid and hostile)
 * with the target's ADMIN token, and tallies what came back. Deletes go last, so the rest meet data.
 */
final class Campaign {

    record Result(int status, String contentType, String body) {
    }

    record Finding(String request, int status, String contentType, String body) {
        @Override
        public String toString() {
            return request + " → " + status + " " + contentType + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final List<String> BROKEN_JSON = List.of("{", "[1,", "nul", "{\"name\":}", "\"just a string\"", "[]", "{}", "1");

    private final CampaignHttp http;
    private final ObjectMapper json = new ObjectMapper();
    private final Random random;
    private final int perOperation;
    final Map<Integer, Integer> statuses = new TreeMap<>();
    final List<Finding> failures = new ArrayList<>();
    final List<String> contractMismatches = new ArrayList<>();
    int sent;

    Campaign(CampaignHttp http, long seed, int perOperation) {
        this.http = http;
        this.random = new Random(seed);
        this.perOperation = perOperation;
    }

    /** Sends every operation of the document the service serves {@code perOperation} generated requests against {@code target}. */
    void run(CampaignTeams.Team target) {
        String yaml = http.get("/swagger/raci-planner.yml", null).body();
        ParseOptions options = new ParseOptions();
        options.setResolveFully(true);
        OpenAPI document = new OpenAPIV3Parser().readContents(yaml, null, options).getOpenAPI();
        Contract contract = Contract.of(yaml);
        List<Map.Entry<String, PathItem.HttpMethod>> operations = new ArrayList<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap().keySet().forEach(m -> operations.add(Map.entry(path, m))));
        operations.sort(Comparator.comparing((Map.Entry<String, PathItem.HttpMethod> op) -> op.getValue() == PathItem.HttpMethod.DELETE)
                .thenComparing(op -> op.getKey().contains("/tokens")));
        Values values = new Values(random, target.ids());
        for (Map.Entry<String, PathItem.HttpMethod> op : operations) {
            Operation operation = document.getPaths().get(op.getKey()).readOperationsMap().get(op.getValue());
            for (int i = 0; i < perOperation; i++) {
                send(op.getValue().name(), op.getKey(), operation, target, values, contract);
            }
        }
    }

    private void send(String method, String template, Operation operation, CampaignTeams.Team target, Values values, Contract contract) {
        boolean hostile = values.chance(45);
        String path = path(template, target, values, hostile) + query(operation, values, hostile);
        Map<String, String> headers = new LinkedHashMap<>();
        if (template.contains("/matrix/") && values.chance(50)) {
            headers.put("If-Match", values.pick(List.of("\"1\"", "\"2\"", "p", "W/\"3\"", "*", "\"99999999999999999999\"")));
        }
        byte[] body = null;
        String contentType = null;
        if (operation.getRequestBody() != null) {
            Map.Entry<String, MediaType> media = operation.getRequestBody().getContent().entrySet().iterator().next();
            contentType = media.getKey();
            if (contentType.contains("json")) {
                body = jsonBody(media.getValue(), values, hostile);
            } else {
                body = binaryBody(target, values);
            }
            if (hostile && values.chance(15)) {
                contentType = values.pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "application/json; charset=latin1"));
            }
        }
        Result result = http.send(method, path, target.token(), contentType, body, headers);
        record(method + " " + path + (body == null ? "" : " " + preview(body)), result);
        String mismatches = contract.mismatches(method, path.split("\\?")[0], result.status(), result.contentType(), result.body());
        if (!mismatches.isEmpty()) {
            contractMismatches.add(method + " " + template + " → " + result.status() + ": " + mismatches.lines().findFirst().orElse(""));
        }
    }

    void record(String request, Result result) {
        sent++;
        statuses.merge(result.status(), 1, Integer::sum);
        boolean problem = result.contentType() != null && result.contentType().startsWith("application/problem+json");
        if (result.status() >= 500 || (result.status() >= 400 && !problem)) {
            failures.add(new Finding(request, result.status(), result.contentType(), result.body()));
        }
    }

    private String path(String template, CampaignTeams.Team target, Values values, boolean hostile) {
        Matcher variable = PATH_VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1);
            String value = hostile && values.chance(25) ? values.oddSegment() : switch (name) {
                case "teamId" -> String.valueOf(values.chance(5) ? target.controlId() : target.id());
                case "initiativeId" -> String.valueOf(values.pick(target.initiatives()));
                case "personId" -> String.valueOf(values.pick(target.people()));
                case "tokenId" -> String.valueOf(values.pick(target.otherTokens()));
                case "responsibilityKey", "key" -> URLEncoder.encode(values.pick(target.keys()), StandardCharsets.UTF_8);
                default -> String.valueOf(values.pick(target.ids()));
            };
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variable.appendTail(path);
        return path.toString();
    }

    private String query(Operation operation, Values values, boolean hostile) {
        if (operation.getParameters() == null) {
            return "";
        }
        StringBuilder query = new StringBuilder();
        for (Parameter p : operation.getParameters()) {
            if (!"query".equals(p.getIn()) || !values.chance(60)) {
                continue;
            }
            Object value = hostile && values.chance(40) ? values.pick(List.of("banana", "-1", "", "1e999", "%00", "yes", "99999999999999999999"))
                    : values.valid(p.getSchema());
            query.append(query.isEmpty() ? "?" : "&").append(p.getName()).append('=')
                    .append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    private byte[] jsonBody(MediaType media, Values values, boolean hostile) {
        if (hostile && values.chance(15)) {
            return values.pick(BROKEN_JSON).getBytes(StandardCharsets.UTF_8);
        }
        Object value = hostile ? values.hostile(media.getSchema()) : values.valid(media.getSchema());
        try {
            return json.writeValueAsBytes(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] binaryBody(CampaignTeams.Team target, Values values) {
        return switch (values.pick(List.of(0, 1, 2, 3))) {
            case 0 -> target.workbook();
            case 1 -> new byte[0];
            case 2 -> "PK\u0003\u0004 not really a workbook".getBytes(StandardCharsets.ISO_8859_1);
            default -> {
                byte[] noise = new byte[1 + random.nextInt(4096)];
                random.nextBytes(noise);
                yield noise;
            }
        };
    }

    private static String preview(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 160 ? text.substring(0, 160) + "…(" + body.length + " bytes)" : text;
    }
}
