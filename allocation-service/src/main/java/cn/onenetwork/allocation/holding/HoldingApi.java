package cn.onenetwork.allocation.holding;

import cn.onenetwork.allocation.room.RoomCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of holdings. */
public final class HoldingApi {

    private HoldingApi() {
    }

    @Schema(name = "HoldingInput", description = "Records that a unit holds a room of your division from a date, on an approved basis.")
    public record HoldingInput(
            @NotNull UUID roomId,
            @NotNull @Schema(description = "The holding unit (使用单位), of the room's division") UUID agencyId,
            @NotNull HoldingBasis basis,
            @Schema(description = "The use approved for the room (核定用途); the room's registered category when absent") RoomCategory approvedUse,
            @NotBlank @Size(max = 100) @Schema(description = "The approval or agreement it rests on", examples = "宁机管配〔2025〕3号") String reference,
            @NotNull @Schema(examples = "2025-01-02") LocalDate fromDate) {
    }

    @Schema(name = "HoldingEnd", description = "Ends a holding: the unit hands the room back on this date.")
    public record HoldingEnd(@NotNull @Schema(examples = "2025-06-30") LocalDate toDate,
            @NotBlank @Size(max = 500) @Schema(examples = "腾退移交") String reason) {
    }

    @Schema(name = "Holding", requiredProperties = {"id", "roomId", "roomNumber", "useArea", "agencyId", "agencyCode", "divisionCode", "basis", "approvedUse", "reference", "fromDate", "version"}, description = "占有使用 which unit holds which room, from when to when.")
    public record HoldingView(UUID id, UUID roomId, @Schema(examples = "301") String roomNumber, @Schema(examples = "18.00") BigDecimal useArea,
            UUID agencyId, @Schema(examples = "11640104MB0000012X") String agencyCode, @Schema(examples = "640104") String divisionCode,
            HoldingBasis basis, @Schema(description = "The use approved for the room (核定用途)") RoomCategory approvedUse, String reference, LocalDate fromDate,
            @Schema(description = "Absent while the holding lasts") LocalDate toDate, String endReason,
            @Schema(description = "Version, also sent as the ETag.", examples = "0") long version) {

        /** Holding events carry this view, keyed by room so that one room's holders stay in order. */
        public static final String TOPIC = "allocation.holdings";
        public static final String STARTED = "cn.onenetwork.allocation.holding.started.v1";
        public static final String ENDED = "cn.onenetwork.allocation.holding.ended.v1";
    }

    @Schema(name = "HoldingPage", description = "A page of holdings; pass nextCursor back as cursor for the next page.")
    public record HoldingPage(List<HoldingView> items, @Schema(description = "Absent on the last page.") String nextCursor) {
    }
}
