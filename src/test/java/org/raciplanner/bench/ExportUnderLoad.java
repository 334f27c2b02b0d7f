package org.raciplanner.bench;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import org.raciplanner.support.Concurrently;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A Monday steering meeting: {@value #DOWNLOADS} people download the team workbook at the same
 * moment from the service started in its own JVM with {@code -Xmx256m} (the heap proven enough for
 * one L export), while others keep reading matrices. Counts the answers by status, times the
 * served downloads, and compares the matrix GET p99 during the downloads with its idle figure.
 */
final class ExportUnderLoad {

    static final int DOWNLOADS = 16;
    private static final int READERS = 4;
    private static final int IDLE_SECONDS = 10;
    private static final String HEAP = "-Xmx256m";

    private final DatasourceConfiguration db;
    private final String operatorToken;
    private final BenchHttp teamClient;
    private final DataGenerator.Team team;

    ExportUnderLoad(DatasourceConfiguration db, String operatorToken, BenchHttp teamClient, DataGenerator.Team team) {
        this.db = db;
        this.operatorToken = operatorToken;
        this.teamClient = teamClient;
        this.team = team;
    }

    /** One download: its status, how long it took and the Retry-After it carried, if any. */
    record Answer(int status, long nanos, String retryAfter) {
    }

    /** {@code during} is null when a matrix read failed while the workbooks were downloaded; {@code readFailure} says why. */
    record Outcome(List<Answer> answers, double seconds, Load.Outcome idle, Load.Outcome during, String readFailure,
                   int outOfMemoryLines) {

        long count(int status) {
            return answers.stream().filter(a -> a.status() == status).count();
        }

        long others() {
            return answers.stream().filter(a -> a.status() != 200 && a.status() != 503).count();
        }

        /** The other answers by status, such as {@code 500 × 6, none × 10} (none: no answer within the read timeout). */
        String othersByStatus() {
            return answers.stream().filter(a -> a.status() != 200 && a.status() != 503)
                    .collect(java.util.stream.Collectors.groupingBy(a -> a.status() < 0 ? "none" : String.valueOf(a.status()),
                            java.util.TreeMap::new, java.util.stream.Collectors.counting()))
                    .entrySet().stream().map(e -> e.getKey() + " × " + e.getValue())
                    .collect(java.util.stream.Collectors.joining(", "));
        }

        long[] servedNanos() {
            return answers.stream().filter(a -> a.status() == 200).mapToLong(Answer::nanos).toArray();
        }
    }

    Outcome run() throws Exception {
        Path log = Path.of("target", "bench", "export-under-load-service.log");
        Files.createDirectories(log.getParent());
        int port = freePort();
        Process service = start(port, log);
        try {
            BenchHttp http = teamClient.at(URI.create("http://localhost:" + port).toURL());
            awaitHealth(http, service);
            String workbook = "/api/v1/teams/" + team.id() + "/raci.xlsx";
            List<String> matrices = team.initiatives().stream()
                    .map(i -> "/api/v1/teams/" + team.id() + "/initiatives/" + i + "/matrix").toList();
            download(http, workbook); // warms up the export path, as in a service that has run a while
            Load.Outcome idle = Load.run(http, matrices, READERS, IDLE_SECONDS);
            AtomicBoolean exporting = new AtomicBoolean(true);
            ExecutorService readers = Executors.newSingleThreadExecutor();
            Future<Load.Outcome> during = readers.submit(() -> Load.measureWhile(http, matrices, READERS, exporting::get));
            long start = System.nanoTime();
            List<Answer> answers = Concurrently.allAtOnce(DOWNLOADS, i -> download(http, workbook));
            double seconds = (System.nanoTime() - start) / 1e9;
            exporting.set(false);
            Load.Outcome loaded = null;
            String readFailure = null;
            try {
                loaded = during.get();
            } catch (ExecutionException e) {
                readFailure = String.valueOf(e.getCause().getMessage());
            }
            readers.shutdown();
            return new Outcome(answers, seconds, idle, loaded, readFailure, outOfMemoryLines(log));
        } finally {
            service.destroy();
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    private Answer download(BenchHttp http, String path) {
        long start = System.nanoTime();
        try {
            HttpURLConnection connection = http.open(path);
            connection.setReadTimeout(180_000);
            int status = connection.getResponseCode();
            try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (body != null) {
                    body.transferTo(OutputStream.nullOutputStream());
                }
            }
            return new Answer(status, System.nanoTime() - start, connection.getHeaderField("Retry-After"));
        } catch (IOException e) {
            return new Answer(-1, System.nanoTime() - start, null); // a broken connection counts as an error
        }
    }

    private Process start(int port, Path log) throws IOException {
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-Djava.io.tmpdir=" + Path.of("target").toAbsolutePath(), "-cp", System.getProperty("java.class.path"),
                "org.raciplanner.Application")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        child.environment().put("DATASOURCES_DEFAULT_URL", db.getUrl());
        child.environment().put("DATASOURCES_DEFAULT_USERNAME", db.getUsername());
        child.environment().put("DATASOURCES_DEFAULT_PASSWORD", db.getPassword() == null ? "" : db.getPassword());
        child.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        child.environment().put("RACI_ADMIN_TOKEN", operatorToken);
        child.environment().put("LOGGER_LEVELS_ROOT", "WARN");
        return child.start();
    }

    private static void awaitHealth(BenchHttp http, Process service) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the -Xmx256m service exited with " + service.exitValue());
            }
            try {
                if (http.fetch("/health") == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the -Xmx256m service did not answer /health within 90 s");
    }

    private static int outOfMemoryLines(Path log) throws IOException {
        return (int) Files.readAllLines(log).stream().filter(l -> l.contains("OutOfMemoryError")).count();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
