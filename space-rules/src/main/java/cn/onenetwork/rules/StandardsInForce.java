package cn.onenetwork.rules;

import cn.onenetwork.rules.Entitlements.Allowance;
import cn.onenetwork.rules.Entitlements.Standard;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which row of the standards tables applies to a place on a day: of the rows in force whose division covers the place
 * (a national row has none), the nearest division's, and of those the newest. A township rank without a row of its own is
 * checked against the county deputy standard that caps township values, so that no rank goes unchecked.
 */
public final class StandardsInForce {

    /** The county rank whose standard caps township values (2014 standard: township values are set by the province, not above it). */
    public static final String TOWNSHIP_CEILING_RANK = "DEPUTY_COUNTY_HEAD";

    /** One row of area_standard; {@code divisionCode} null for the national row, {@code effectiveTo} null while open. */
    public record StandardRow(String level, String rankCode, String divisionCode, BigDecimal officeArea, LocalDate effectiveFrom,
            LocalDate effectiveTo) {
    }

    /** One row of space_allowance. */
    public record AllowanceRow(String level, String divisionCode, BigDecimal servicePerPerson, BigDecimal equipmentPerPerson,
            LocalDate effectiveFrom, LocalDate effectiveTo) {
    }

    private final List<StandardRow> standards;
    private final List<AllowanceRow> allowances;

    public StandardsInForce(List<StandardRow> standards, List<AllowanceRow> allowances) {
        this.standards = List.copyOf(standards);
        this.allowances = List.copyOf(allowances);
    }

    /** The office area set for a rank of a level at a place on a day; empty when no row is set (township ranks before the province sets them). */
    public Optional<BigDecimal> officeArea(String level, String rank, String divisionCode, LocalDate day) {
        return nearest(standards.stream().filter(r -> r.level().equals(level) && r.rankCode().equals(rank)).toList(), divisionCode, day,
                StandardRow::divisionCode, StandardRow::effectiveFrom, StandardRow::effectiveTo).map(StandardRow::officeArea);
    }

    /** The standard a rank is judged by: its own row in force, or for a township rank without one the ceiling; null when neither exists. */
    public Standard standard(String level, String rank, String divisionCode, LocalDate day) {
        Optional<BigDecimal> own = officeArea(level, rank, divisionCode, day);
        if (own.isPresent()) {
            return Standard.set(own.get());
        }
        if (!"TOWNSHIP".equals(level)) {
            return null;
        }
        return officeArea("COUNTY", TOWNSHIP_CEILING_RANK, divisionCode, day)
                .map(ceiling -> new Standard(ceiling, "no township standard is set for " + rank + " here, so the " + ceiling.toPlainString()
                        + " m² county deputy standard that caps township values applies until the province sets its own"))
                .orElse(null);
    }

    /** The service and equipment allowance per approved post in force for a level at a place; null when none is set. */
    public Allowance allowance(String level, String divisionCode, LocalDate day) {
        return nearest(allowances.stream().filter(r -> r.level().equals(level)).toList(), divisionCode, day, AllowanceRow::divisionCode,
                AllowanceRow::effectiveFrom, AllowanceRow::effectiveTo)
                .map(r -> new Allowance(r.servicePerPerson(), r.equipmentPerPerson())).orElse(null);
    }

    private static <R> Optional<R> nearest(List<R> rows, String divisionCode, LocalDate day, Function<R, String> division,
            Function<R, LocalDate> from, Function<R, LocalDate> to) {
        return rows.stream()
                .filter(r -> !from.apply(r).isAfter(day) && (to.apply(r) == null || to.apply(r).isAfter(day)))
                .filter(r -> division.apply(r) == null || DivisionCodes.covers(division.apply(r), divisionCode))
                .max(Comparator.<R>comparingInt(r -> division.apply(r) == null ? -1 : DivisionCodes.scopePrefix(division.apply(r)).length())
                        .thenComparing(from));
    }
}
