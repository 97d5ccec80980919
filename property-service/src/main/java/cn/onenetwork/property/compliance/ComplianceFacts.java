package cn.onenetwork.property.compliance;

import cn.onenetwork.property.room.RoomCategory;
import cn.onenetwork.property.room.RoomStatus;
import cn.onenetwork.property.staff.PersonStatus;
import cn.onenetwork.rules.Entitlements.Allowance;
import cn.onenetwork.rules.Entitlements.Posts;
import cn.onenetwork.rules.Entitlements.Standard;
import cn.onenetwork.rules.IdleSince;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the rules look at: plain values gathered from the registry, so the rules need no database. */
public final class ComplianceFacts {

    private ComplianceFacts() {
    }

    /**
     * @param standard the office standard of the occupant's rank in force on the day checked; null when none is set
     * @param unitId the unit the occupant sits there for: their own, or the unit of the concurrent post the seat serves
     */
    public record Occupant(UUID personId, String name, String rank, Standard standard, LocalDate seatedSince, UUID unitId) {
    }

    /** The unit holding a room (allocation's fact) and the use it was approved for. */
    public record Holder(UUID agencyId, String agencyName, RoomCategory approvedUse, LocalDate from) {
    }

    /**
     * @param holder null when no unit holds the room
     * @param lastHoldingEnd when the room's last holding ended (allocation's fact); null when it never had one. An idle
     *     room is idle from the later of that day and its status date, the day allocation's idle pool counts from too.
     */
    public record Room(UUID id, String number, RoomCategory category, LocalDate categorySince, BigDecimal useArea, BigDecimal buildingArea,
            RoomStatus status, LocalDate statusSince, Holder holder, List<Occupant> occupants, LocalDate lastHoldingEnd) {

        /** For a room recorded idle: the rule allocation's idle pool applies too. */
        LocalDate idleSince() {
            return IdleSince.of(statusSince, lastHoldingEnd);
        }
    }

    /**
     * A unit's space held, by category sums of the rooms it holds.
     *
     * @param allowance null when the unit's division has set no allowance: the basic office space check is then not made
     * @param heldSince the day the current set of holdings was complete (the latest start among them)
     */
    public record Unit(UUID agencyId, String name, List<Posts> staffing, Allowance allowance, BigDecimal officeArea,
            BigDecimal basicArea, LocalDate heldSince) {
    }

    /** An open seat; {@code concurrentPostId} names the concurrent post it serves, if any. */
    public record Seat(UUID id, UUID roomId, String roomNumber, RoomCategory category, BigDecimal useArea, LocalDate from,
            UUID concurrentPostId) {
    }

    public record ConcurrentPost(UUID id, boolean approved, LocalDate startsOn, LocalDate endsOn) {

        boolean activeOn(LocalDate day) {
            return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
        }
    }

    public record Person(UUID id, String name, PersonStatus status, LocalDate statusSince, List<Seat> openSeats,
            List<ConcurrentPost> posts) {
    }

    /** The periods of the checks in force on the day checked (compliance_parameter). */
    public record Periods(int vacateAfterDepartureMonths, int vacateAfterConcurrentPostMonths, int idleMonths) {
    }
}
