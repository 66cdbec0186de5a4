package com.cloudsub.bootstrap;

import com.cloudsub.persistence.shared.EmbeddedMariaDb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded default database: when no {@code spring.datasource.url} is configured, starts a real
 * MariaDB 11.4 in {@code cloudsub.embedded-db.dir} (default {@code ./data/mariadb}, kept across starts),
 * points the datasource at it and switches on the {@code demo} and {@code simulation} profiles.
 * With a configured URL (production: MySQL 8 / MariaDB) nothing is started and no profile is added.
 */
public class EmbeddedDatabase implements EnvironmentPostProcessor {

    private static EmbeddedMariaDb server;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")
                || !environment.getProperty("cloudsub.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        EmbeddedMariaDb db = start(environment);
        Map<String, Object> properties = new HashMap<>(Map.of(
                "spring.datasource.url", db.jdbcUrl(),
                "spring.datasource.username", db.username(),
                "spring.datasource.password", ""));
        for (String profile : environment.getProperty("cloudsub.embedded-db.profiles", String[].class,
                new String[] {"demo", "simulation"})) {
            if (!profile.isBlank()) {
                environment.addActiveProfile(profile.trim());
            }
        }
        if (environment.matchesProfiles("demo")) {
            // Profile documents are read before this runs, so the demo data location is added here.
            properties.put("spring.flyway.locations", environment.getProperty("spring.flyway.locations") + ",classpath:db/demo");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("cloudsub-embedded-db", properties));
    }

    private static synchronized EmbeddedMariaDb start(ConfigurableEnvironment environment) {
        if (server == null) {
            Path dir = Path.of(environment.getProperty("cloudsub.embedded-db.dir", "data/mariadb")).toAbsolutePath();
            Path base = Path.of(environment.getProperty("cloudsub.embedded-db.base-dir",
                    System.getProperty("user.home") + "/.cache/cloudsub/mariadb-11.4.5"));
            if (environment.getProperty("cloudsub.embedded-db.fresh", Boolean.class, false)) {
                deleteRecursively(dir);
            }
            int port = environment.getProperty("cloudsub.embedded-db.port", Integer.class, 0);
            server = EmbeddedMariaDb.start(base, dir.resolve("data"), port);
        }
        return server;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
