package cn.onenetwork.common.time;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's one clock: the calendar of its users ({@code onenetwork.time-zone}), not the server's zone. Between
 * midnight in Beijing and midnight UTC a UTC server would otherwise refuse today's date as a date in the future. Quarkus
 * gives this bean to its ValidatorFactory, so {@code @PastOrPresent} and the other temporal constraints read it too.
 * With {@code onenetwork.clock.day} set (tests) the clock starts at noon of that day and runs from there, so that a test
 * decides its day instead of reading it and never crosses a midnight.
 */
@ApplicationScoped
public class PlatformClockProvider implements ClockProvider {

    @ConfigProperty(name = "onenetwork.time-zone")
    ZoneId zone;

    @ConfigProperty(name = "onenetwork.clock.day")
    Optional<LocalDate> day;

    private Clock clock;
    private Duration offset;

    @PostConstruct
    void init() {
        Clock system = Clock.system(zone);
        offset = day.map(d -> Duration.between(system.instant(), d.atTime(LocalTime.NOON).atZone(zone).toInstant())).orElse(Duration.ZERO);
        clock = Clock.offset(system, offset);
    }

    @Override
    public Clock getClock() {
        return clock;
    }

    /** Today on the users' calendar: the day rules are decided on. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The users' calendar day of a moment the system clock stamped (an event's {@code ce_time}, written by the outbox),
     * shifted as this clock is, so that on a fixed day the events of this run fall on it.
     */
    public LocalDate dayOf(OffsetDateTime stamped) {
        return LocalDate.ofInstant(stamped.toInstant().plus(offset), zone);
    }

    /** This instant, in the users' zone: what records are stamped with. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
