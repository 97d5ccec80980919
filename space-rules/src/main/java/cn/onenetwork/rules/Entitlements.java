package cn.onenetwork.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * What a unit is entitled to (domain.md §4): Σ approved posts × office standard in force and, with an allowance in force,
 * basic office space (office, service, equipment) of that plus the allowances per approved post. The registry judges the
 * space held against it and allocation sizes requests by it: one rule, so both always show the same figure.
 */
public final class Entitlements {

    private Entitlements() {
    }

    /**
     * An office standard applied to a rank: the area, and why that figure when it is not a row set for the rank itself.
     *
     * @param ceilingReason null for a row in force for the rank; otherwise why a ceiling stands in for it (a township rank
     *     before the province sets its values is checked against the county deputy standard that caps them)
     */
    public record Standard(BigDecimal area, String ceilingReason) {

        public static Standard set(BigDecimal area) {
            return new Standard(area, null);
        }
    }

    /** Service and equipment space allowed per approved post (space_allowance). */
    public record Allowance(BigDecimal servicePerPerson, BigDecimal equipmentPerPerson) {
    }

    /** Approved posts of one rank, and that rank's office standard in force (null when none is set). */
    public record Posts(String rank, int approved, Standard standard) {
    }

    /** {@code basic} is null without an allowance in force. */
    public record UnitEntitlement(int approvedPosts, BigDecimal office, BigDecimal basic, List<String> ceilingReasons) {
    }

    /** Empty while a staffed rank has no standard: an entitlement missing a rank would invent an excess or hide a need. */
    public static Optional<UnitEntitlement> of(List<Posts> staffing, Allowance allowance) {
        if (staffing.stream().anyMatch(e -> e.approved() > 0 && e.standard() == null)) {
            return Optional.empty();
        }
        BigDecimal office = area(staffing.stream().filter(e -> e.approved() > 0)
                .map(e -> e.standard().area().multiply(BigDecimal.valueOf(e.approved()))).reduce(BigDecimal.ZERO, BigDecimal::add));
        int posts = staffing.stream().mapToInt(Posts::approved).sum();
        BigDecimal basic = allowance == null ? null
                : area(office.add(allowance.servicePerPerson().add(allowance.equipmentPerPerson()).multiply(BigDecimal.valueOf(posts))));
        List<String> ceilings = staffing.stream().filter(e -> e.approved() > 0 && e.standard().ceilingReason() != null)
                .map(e -> e.standard().ceilingReason()).distinct().toList();
        return Optional.of(new UnitEntitlement(posts, office, basic, ceilings));
    }

    /** Areas are compared and reported to the centimetre of a square metre. */
    public static BigDecimal area(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
