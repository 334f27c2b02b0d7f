package org.raciplanner.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Plain HTTP to a base URL, so the generative test can aim at a jar running elsewhere as well as at its own server. */
final class CampaignHttp {

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    CampaignHttp(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    Campaign.Result get(String path, String token) {
        return send("GET", path, token, null, null, Map.of());
    }

    /** The raw bytes of a download, such as a workbook. */
    byte[] download(String path, String token) {
        return exchange("GET", path, token, null, null, Map.of()).body();
    }

    Campaign.Result send(String method, String path, String token, String contentType, byte[] body, Map<String, String> headers) {
        HttpResponse<byte[]> response = exchange(method, path, token, contentType, body, headers);
        String type = response.headers().firstValue("Content-Type").orElse(null);
        boolean text = type != null && (type.contains("json") || type.startsWith("text/"));
        return new Campaign.Result(response.statusCode(), type,
                text || response.body().length == 0 ? new String(response.body(), StandardCharsets.UTF_8)
                        : "(" + response.body().length + " bytes)");
    }

    private HttpResponse<byte[]> exchange(String method, String path, String token, String contentType, byte[] body,
                                          Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
