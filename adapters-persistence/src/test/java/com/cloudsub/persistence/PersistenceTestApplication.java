package com.cloudsub.persistence;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The persistence adapter alone, on a real database, for integration tests. */
@SpringBootApplication
public class PersistenceTestApplication {
}
