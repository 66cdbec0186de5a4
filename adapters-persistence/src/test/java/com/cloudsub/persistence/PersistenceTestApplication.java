package com.cloudsub.persistence;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The persistence adapter alone, on a real database, for integration tests. */
@SpringBootApplication
public class PersistenceTestApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
