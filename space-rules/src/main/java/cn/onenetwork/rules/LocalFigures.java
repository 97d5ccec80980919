package cn.onenetwork.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Local figures (domain.md: every figure marked configurable) as dated rows per division. A division inherits the rows
 * of the levels above it and may only tighten them, from today on: a figure that binds (a rent cap, a cost band, a
 * deadline) is in force as the strictest value along the division's chain, so that a parent tightening later still binds
 * a child that set its own row earlier; a figure of judgement (a weight, a reference value) is the nearest row's.
 * Every service that keeps local figures applies these rules to its own table.
 */
public final class LocalFigures {

    /** Which way a figure binds harder. */
    public enum Tightening {
        /** A lower value is stricter: a cap, a threshold that triggers a procedure, a deadline. */
        LOWER,
        /** A higher value is stricter: a waiting period, a reminder's lead. */
        HIGHER,
        /** Not a limit: the nearest division's own value applies. */
        NONE
    }

    /** A figure by its field name and the way it binds. */
    public record Figure(String name, Tightening tightening) {
    }

    /** A given figure looser than the one the division inherits. */
    public record Loosening(String figure, BigDecimal inherited, BigDecimal given) {
    }

    /** Why a new row may not start on the day given. */
    public enum StartRefusal {
        /** Before today: the past was judged by the figures then in force. */
        BACK_DATED,
        /** Not after the day the division's current row took effect. */
        NOT_AFTER_CURRENT
    }

    private LocalFigures() {
    }

    /** The divisions whose rows apply to a division, nearest first: itself, then each level above up to the nation. */
    public static List<String> chain(String divisionCode) {
        List<String> chain = new ArrayList<>();
        for (String code = divisionCode; code != null; code = DivisionCodes.levelAbove(code)) {
            chain.add(code);
        }
        return chain;
    }

    /**
     * The value in force from the rows in force along a chain, nearest first, the platform's defaults last (a division
     * without a row of its own is simply absent from the list).
     */
    public static BigDecimal inForce(Figure figure, List<Map<String, BigDecimal>> rowsNearestFirst) {
        if (rowsNearestFirst.isEmpty()) {
            throw new IllegalArgumentException("no row in force for " + figure.name());
        }
        BigDecimal value = null;
        for (Map<String, BigDecimal> row : rowsNearestFirst) {
            BigDecimal candidate = row.get(figure.name());
            if (candidate == null) {
                throw new IllegalArgumentException("a row without " + figure.name());
            }
            if (value == null) {
                value = candidate;
            } else if (figure.tightening() == Tightening.LOWER && candidate.compareTo(value) < 0) {
                value = candidate;
            } else if (figure.tightening() == Tightening.HIGHER && candidate.compareTo(value) > 0) {
                value = candidate;
            }
        }
        return value;
    }

    /** The figures of a proposed row that loosen what the division inherits from the levels above, compared unrounded. */
    public static List<Loosening> loosenings(List<Figure> figures, Map<String, BigDecimal> inherited, Map<String, BigDecimal> given) {
        List<Loosening> loosenings = new ArrayList<>();
        for (Figure figure : figures) {
            BigDecimal from = inherited.get(figure.name());
            BigDecimal to = given.get(figure.name());
            boolean looser = switch (figure.tightening()) {
                case LOWER -> to.compareTo(from) > 0;
                case HIGHER -> to.compareTo(from) < 0;
                case NONE -> false;
            };
            if (looser) {
                loosenings.add(new Loosening(figure.name(), from, to));
            }
        }
        return loosenings;
    }

    /** Whether a division's new row may start on a day: from today on, and after its current row (if any) took effect. */
    public static Optional<StartRefusal> startRefusal(LocalDate effectiveFrom, LocalDate today, LocalDate currentRowFrom) {
        if (effectiveFrom.isBefore(today)) {
            return Optional.of(StartRefusal.BACK_DATED);
        }
        if (currentRowFrom != null && !effectiveFrom.isAfter(currentRowFrom)) {
            return Optional.of(StartRefusal.NOT_AFTER_CURRENT);
        }
        return Optional.empty();
    }
}
