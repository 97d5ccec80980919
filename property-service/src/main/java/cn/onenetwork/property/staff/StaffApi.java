package cn.onenetwork.property.staff;

import cn.onenetwork.property.organisation.AdministrativeLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request and response shapes of people, concurrent posts and seats. */
public final class StaffApi {

    private StaffApi() {
    }

    @Schema(name = "PersonInput", description = "A member of an agency's staff; the rank is one of the agency level's ranks.")
    public record PersonInput(
            @NotNull UUID agencyId,
            @NotBlank @Size(max = 100) @Schema(examples = "王建国") String name,
            @Size(max = 100) @Schema(description = "职务", examples = "办公室主任") String position,
            @NotBlank @Schema(description = "Rank code of the agency's level (see rank_title)", examples = "DIVISION_CHIEF") String rankCode,
            @NotNull PersonStatus status,
            @NotNull @PastOrPresent @Schema(description = "Since when the status holds (e.g. the retirement date)", examples = "2020-01-01") LocalDate statusSince) {
    }

    @Schema(name = "Person", requiredProperties = {"id", "agencyId", "divisionCode", "agencyCode", "name", "level", "rankCode", "status", "statusSince", "version"}, description = "人员 a member of staff.")
    public record PersonView(UUID id, UUID agencyId, String divisionCode, String agencyCode, String name, String position,
            AdministrativeLevel level, String rankCode, PersonStatus status, LocalDate statusSince,
            @Schema(description = "Version, also sent as the ETag.", examples = "0") long version) {

        public static final String TOPIC = "property.staff";
        public static final String REGISTERED = "cn.onenetwork.property.person.registered.v1";
        public static final String UPDATED = "cn.onenetwork.property.person.updated.v1";

        static PersonView of(Person p) {
            return new PersonView(p.id, p.agencyId, p.divisionCode, p.agencyCode, p.name, p.position, p.level, p.rankCode, p.status,
                    p.statusSince, p.version);
        }
    }

    @Schema(name = "PersonPage", description = "A page of people.")
    public record PersonPage(List<PersonView> items, String nextCursor) {
    }

    @Schema(name = "ConcurrentPostInput", description = "兼职 a concurrent post in another unit.")
    public record ConcurrentPostInput(
            @NotNull UUID agencyId,
            @NotNull @Schema(description = "Approved by the bureau (allows one more office)") Boolean approved,
            @Size(max = 100) @Schema(examples = "宁机管〔2025〕12号") String approvalReference,
            @NotNull LocalDate startsOn,
            LocalDate endsOn) {
    }

    @Schema(name = "ConcurrentPost", requiredProperties = {"id", "personId", "agencyId", "approved", "startsOn", "version"}, description = "兼职 a concurrent post.")
    public record ConcurrentPostView(UUID id, UUID personId, UUID agencyId, boolean approved, String approvalReference, LocalDate startsOn,
            @Schema(description = "The last day of the post; absent while it lasts") LocalDate endsOn,
            @Schema(description = "Why it ended, when it was ended after being recorded", examples = "任期届满") String endReason,
            @Schema(description = "Version, also sent as the ETag.", examples = "0") long version) {

        /** Published on the person's topic and key, so that a post and the person stay in order. */
        public static final String ADDED = "cn.onenetwork.property.concurrent-post.added.v1";
        public static final String ENDED = "cn.onenetwork.property.concurrent-post.ended.v1";

        static ConcurrentPostView of(ConcurrentPost c) {
            return new ConcurrentPostView(c.id, c.personId, c.agencyId, c.approved, c.approvalReference, c.startsOn, c.endsOn, c.endReason, c.version);
        }
    }

    @Schema(name = "ConcurrentPostEnd", description = "Records that a concurrent post ended: from then the office it allowed must be vacated within the period in force.")
    public record ConcurrentPostEnd(@NotNull @Schema(examples = "2025-06-30") LocalDate endsOn,
            @NotBlank @Size(max = 300) @Schema(examples = "任期届满") String reason) {
    }

    @Schema(name = "ConcurrentPostPage", description = "A page of concurrent posts.")
    public record ConcurrentPostPage(List<ConcurrentPostView> items, String nextCursor) {
    }

    @Schema(name = "SeatPage", description = "A page of seats: who sits in a room, or where a person sits.")
    public record SeatPage(List<SeatView> items, String nextCursor) {
    }

    @Schema(name = "SeatInput", description = "Seats a person in a room from a date.")
    public record SeatInput(@NotNull UUID personId, @NotNull UUID roomId,
            @Schema(description = "The concurrent post this office serves, if any") UUID concurrentPostId,
            @NotNull @Schema(examples = "2025-01-02") LocalDate fromDate) {
    }

    @Schema(name = "SeatRelease", description = "Ends a seat: the room is handed back on this date.")
    public record SeatRelease(@NotNull LocalDate toDate) {
    }

    @Schema(name = "Seat", requiredProperties = {"id", "personId", "roomId", "fromDate"}, description = "座位 who uses which room, from when to when.")
    public record SeatView(UUID id, UUID personId, UUID roomId, UUID concurrentPostId, LocalDate fromDate, LocalDate toDate) {

        public static final String TOPIC = "property.seats";
        public static final String ASSIGNED = "cn.onenetwork.property.seat.assigned.v1";
        public static final String RELEASED = "cn.onenetwork.property.seat.released.v1";

        static SeatView of(Seat s) {
            return new SeatView(s.id, s.personId, s.roomId, s.concurrentPostId, s.fromDate, s.toDate);
        }
    }
}
