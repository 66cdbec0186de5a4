package com.cloudsub.persistence.shared;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One real MariaDB server per test JVM, fresh for every run, in target/. */
public final class TestDatabase {

    private static EmbeddedMariaDb server;

    private TestDatabase() {
    }

    public static synchronized EmbeddedMariaDb server() {
        if (server == null) {
            Path dir = Path.of("target", "mariadb-it-" + ProcessHandle.current().pid()).toAbsolutePath();
            Path base = Path.of(System.getProperty("user.home"), ".cache", "cloudsub", "mariadb-11.4.5");
            server = EmbeddedMariaDb.start(base, dir, 0);
        }
        return server;
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> server().jdbcUrl());
        registry.add("spring.datasource.username", () -> server().username());
        registry.add("spring.datasource.password", () -> "");
    }
}
