package cn.onenetwork.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clock of {@code @PastOrPresent} and the other temporal constraints: the calendar of the platform's users
 * ({@code onenetwork.time-zone}), not the server's zone. Between midnight in Beijing and midnight UTC a UTC server
 * would otherwise refuse today's date as a date in the future. Quarkus gives this bean to its ValidatorFactory.
 */
@ApplicationScoped
public class PlatformClockProvider implements ClockProvider {

    @ConfigProperty(name = "onenetwork.time-zone")
    ZoneId zone;

    @Override
    public Clock getClock() {
        return Clock.system(zone);
    }

    /** Today on the users' calendar: the day rules are decided on. */
    public LocalDate today() {
        return LocalDate.now(zone);
    }
}
