package com.cloudsub.bootstrap;

import com.cloudsub.application.catalog.Catalogs;
import com.cloudsub.application.catalog.ListCatalog;
import com.cloudsub.application.catalog.QuotePrice;
import com.cloudsub.application.simulation.MoveClock;
import com.cloudsub.application.simulation.SimulationClock;
import com.cloudsub.domain.shared.BillingCalendar;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Creates the framework-free use cases and the platform clock. */
@Configuration
class UseCases {

    @Bean
    @Profile("!simulation")
    Clock systemClock() {
        return Clock.systemUTC();
    }

    @Bean
    @Profile("simulation")
    SimulationClock simulationClock() {
        return new SimulationClock(Clock.systemUTC());
    }

    @Bean
    @Profile("simulation")
    MoveClock moveClock(SimulationClock clock) {
        return new MoveClock(clock);
    }

    @Bean
    BillingCalendar billingCalendar(@Value("${cloudsub.billing.zone:Asia/Shanghai}") String zone) {
        return new BillingCalendar(ZoneId.of(zone));
    }

    @Bean
    QuotePrice quotePrice(Catalogs catalogs, Clock clock, BillingCalendar calendar) {
        return new QuotePrice(catalogs, clock, calendar);
    }

    @Bean
    ListCatalog listCatalog(Catalogs catalogs) {
        return new ListCatalog(catalogs);
    }
}
