package org.planscore.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@code ./planscore serve}: stays up, reports health over HTTP, and imports a file dropped into the inbox only once
 * it has stopped changing, however slowly it is written; SIGTERM ends it cleanly.
 */
class ServeFunctionalTests {

    private static final Path ROOT = FunctionalFolders.fresh("serve");
    private static final int ROWS = 40;

    @Test
    void serveImportsAFileWrittenSlowlyOnceItHasSettled() throws Exception {
        // given serve running, polling every 200 ms, a file settling after 4 s unchanged (forty times the pause
        // between two pieces below), no nightly schedule
        int port = freePort();
        List<String> settings = List.of("-Dplanscore.serve.port=" + port, "-Dplanscore.serve.poll-interval=200ms",
                "-Dplanscore.serve.settle-time=4s", "-Dplanscore.serve.cron=-");
        try (ChildProcessRun serve = ChildProcessRun.start(ROOT, settings, "serve")) {
            assertThat(serve.awaitLine(l -> l.startsWith("planscore serve:"), 120)).as(serve.output()).isTrue();

            // then its health is UP over HTTP
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\"");

            // when an analyst's copy writes a file into the inbox in ten pieces, serve polling all the while
            Path file = ROOT.resolve("data/inbox/slow.csv");
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                out.write("indicator,area,period,value,unit,vintage,source\n".getBytes(StandardCharsets.UTF_8));
                for (int piece = 0; piece < 10; piece++) {
                    for (int i = piece * ROWS / 10; i < (piece + 1) * ROWS / 10; i++) {
                        out.write(("SLOW,Area " + i + ",2024," + i + ",units,official,slow copy\n")
                                .getBytes(StandardCharsets.UTF_8));
                    }
                    out.flush();
                    Thread.sleep(100);
                    // then, while it is still changing, it stays in the inbox
                    assertThat(file).as("claimed while still being written; output:\n%s", serve.output()).exists();
                }
            }

            // and once it has settled it is imported whole (waited for as the log line that says so, with a deadline)
            boolean imported = serve.awaitLine(l -> l.contains("serve: IMPORTED slow.csv: " + ROWS + " rows imported"),
                    120);
            assertThat(imported).as(serve.output()).isTrue();
            assertThat(file).doesNotExist();
            try (Stream<Path> archived = Files.walk(ROOT.resolve("data/archive"))) {
                assertThat(archived).anyMatch(p -> p.getFileName().toString().equals("slow.csv"));
            }

            // when it receives SIGTERM it stops cleanly
            serve.terminate();
            assertThat(serve.awaitExit(60)).as(serve.output()).isZero();
            assertThat(serve.output()).contains("planscore serve: stopping");
        }
        assertThat(FunctionalFolders.queryLong(ROOT, "SELECT COUNT(*) FROM observation WHERE indicator = 'SLOW'"))
                .isEqualTo(ROWS);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
