package org.raciplanner.bench;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A plain JDK client for the benchmark, with a bearer token (the operator's unless told otherwise) on every request. */
final class BenchHttp {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String token;
    private final JsonMapper json;

    BenchHttp(URL server, String token, JsonMapper json) {
        this(server.toString().replaceAll("/$", ""), token, json);
    }

    private BenchHttp(String base, String token, JsonMapper json) {
        this.base = base;
        this.token = token;
        this.json = json;
    }

    /** Another server (such as the service in a child JVM) with the same token. */
    BenchHttp at(URL server) {
        return new BenchHttp(server.toString().replaceAll("/$", ""), token, json);
    }

    /** The same server with another token, such as a team's own. */
    BenchHttp as(String otherToken) {
        return new BenchHttp(base, otherToken, json);
    }

    Map<String, Object> postJson(String path, Object body, int expected) {
        return read(send("POST", path, body, expected), Argument.mapOf(String.class, Object.class));
    }

    List<Map<String, Object>> postList(String path, Object body, int expected) {
        return read(send("POST", path, body, expected), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    Map<String, Object> getJson(String path) {
        return read(send("GET", path, null, 200), Argument.mapOf(String.class, Object.class));
    }

    List<Map<String, Object>> getList(String path) {
        return read(send("GET", path, null, 200), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    void put(String path, Object body) {
        send("PUT", path, body, 200);
    }

    Map<String, Object> putJson(String path, Object body, int expected) {
        return read(send("PUT", path, body, expected), Argument.mapOf(String.class, Object.class));
    }

    /**
     * GETs a path and throws away the body; answers the status. Uses HttpURLConnection, whose
     * per-thread keep-alive connections cost the client far less than the JDK HttpClient's
     * shared selector thread, so that under load the server, not the client, is measured.
     */
    int fetch(String path) {
        return fetch(path, null);
    }

    /** As {@link #fetch(String)}, asking for {@code accept} when it is given. */
    int fetch(String path, String accept) {
        try {
            HttpURLConnection connection = open(path);
            if (accept != null) {
                connection.setRequestProperty("Accept", accept);
            }
            int status = connection.getResponseCode();
            try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (body != null) {
                    body.transferTo(OutputStream.nullOutputStream());
                }
            }
            return status;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET of the path with the token, not yet sent. */
    HttpURLConnection open(String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        connection.setRequestProperty("Authorization", "Bearer " + token);
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(60_000);
        return connection;
    }

    private String send(String method, String path, Object body, int expected) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(5))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String body, Argument<T> type) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
