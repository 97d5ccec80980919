package cn.onenetwork.dev;

import java.time.LocalDate;

/**
 * The day service tests run on: {@link PlatformTestResource} sets the platform clock to it, and tests read it from here
 * instead of the calendar, so that a test's dates and the service's today always agree, at midnight in Asia/Shanghai too.
 */
public final class TestDay {

    public static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private TestDay() {
    }
}
