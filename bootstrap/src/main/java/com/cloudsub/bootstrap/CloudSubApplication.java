package com.cloudsub.bootstrap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts CloudSub: every adapter, the use cases wired in {@link UseCases}, and the database. */
@SpringBootApplication(scanBasePackages = "com.cloudsub")
public class CloudSubApplication {

    public static void main(String[] args) {
        SpringApplication.run(CloudSubApplication.class, args);
    }
}
