package org.planscore.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Nothing listens beyond the loopback by default, and no other user can read the database: {@code serve} is started
 * as a real process and its listening sockets are read from the kernel's tables (/proc/net/tcp and tcp6).
 */
class ExposureFunctionalTests {

    private static final Path ROOT = FunctionalFolders.fresh("exposure");
    /** 127.0.0.1, ::1 and ::ffff:127.0.0.1 as /proc/net/tcp{,6} write them (little-endian words). */
    private static final Set<String> LOOPBACK = Set.of("0100007F", "00000000000000000000000001000000",
            "0000000000000000FFFF00000100007F");

    @Test
    void serveListensOnTheLoopbackOnlyAndTheDatabaseIsPrivate() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/net")), "needs Linux's /proc to read the process's sockets");
        // given serve running with its defaults (only the port is free-chosen, as tests run side by side)
        int port = freePort();
        try (ChildProcessRun serve = ChildProcessRun.start(ROOT, List.of("-Dplanscore.serve.port=" + port,
                "-Dplanscore.serve.cron=-"), "serve")) {
            assertThat(serve.awaitLine(l -> l.startsWith("planscore serve:"), 120)).as(serve.output()).isTrue();

            // when its listening sockets are looked up
            List<String> listening = listeningAddresses(serve.pid());

            // then there is at least its HTTP port, and every one is on the loopback
            assertThat(listening).as("listening sockets of serve").isNotEmpty()
                    .anyMatch(a -> a.endsWith(":" + String.format("%04X", port)));
            assertThat(listening).allMatch(a -> LOOPBACK.contains(a.substring(0, a.indexOf(':'))),
                    "bound to the loopback");

            // and the database folder is the service user's alone, none of its files readable by others
            Path db = ROOT.resolve("data/db");
            if (!FunctionalFolders.onPostgres()) {
                assertThat(Files.getPosixFilePermissions(db)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
                try (Stream<Path> files = Files.list(db)) {
                    List<Path> all = files.toList();
                    assertThat(all).isNotEmpty();
                    for (Path file : all) {
                        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
                        assertThat(mode).as(file.toString()).doesNotContain(PosixFilePermission.OTHERS_READ,
                                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_WRITE);
                    }
                }
            }
            serve.terminate();
            assertThat(serve.awaitExit(60)).as(serve.output()).isZero();
        }
    }

    /** "ADDRESS:PORT" (hex, as the kernel writes them) of the process's listening TCP sockets. */
    private static List<String> listeningAddresses(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while listing
                }
            }
        }
        List<String> listening = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.exists(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path).subList(1, Files.readAllLines(path).size())) {
                String[] f = line.trim().split("\\s+");
                // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
                if (f.length > 9 && f[3].equals("0A") && inodes.contains(f[9])) {
                    listening.add(f[1]);
                }
            }
        }
        return listening;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
