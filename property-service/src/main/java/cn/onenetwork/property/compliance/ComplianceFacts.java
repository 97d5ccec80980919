package cn.onenetwork.property.compliance;

import cn.onenetwork.property.room.RoomCategory;
import cn.onenetwork.property.room.RoomStatus;
import cn.onenetwork.property.staff.PersonStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the rules look at: plain values gathered from the registry, so the rules need no database. */
public final class ComplianceFacts {

    private ComplianceFacts() {
    }

    /** @param standard the office standard of the occupant's rank in force on the day checked; null when none is set */
    public record Occupant(UUID personId, String name, String rank, BigDecimal standard, LocalDate seatedSince) {
    }

    public record Room(UUID id, String number, RoomCategory category, BigDecimal useArea, BigDecimal buildingArea,
            RoomStatus status, LocalDate statusSince, List<Occupant> occupants) {
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
