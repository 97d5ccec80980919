package cn.onenetwork.allocation.vacating;

import cn.onenetwork.allocation.workflow.WorkflowStep;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of vacating orders. */
public final class VacatingApi {

    private VacatingApi() {
    }

    @Schema(name = "VacatingOrder", requiredProperties = {"id", "number", "holdingId", "roomId", "roomNumber", "useArea", "agencyId", "agencyCode", "divisionCode",
            "cause", "causeReference", "deadline", "status", "overdue", "history", "version"}, description = "腾退单 a holding that must be handed back by a deadline.")
    public record OrderView(UUID id, @Schema(examples = "640104-TT-2026-0001") String number, UUID holdingId, UUID roomId,
            @Schema(examples = "301") String roomNumber, @Schema(examples = "18.00") BigDecimal useArea, UUID agencyId,
            @Schema(examples = "11640104MB0000012X") String agencyCode, @Schema(examples = "640104") String divisionCode, VacatingCause cause,
            @Schema(description = "The dissolution or request it follows", examples = "机构改革，并入兴庆区发展和改革局") String causeReference,
            @Schema(description = "A merged unit's successor, to which the room may be handed over") UUID successorId, LocalDate deadline,
            VacatingStatus status, LocalDate closedOn, @Schema(description = "Open past its deadline") boolean overdue, List<WorkflowStep.View> history,
            @Schema(description = "Version, also sent as the ETag.", examples = "0") long version) {

        public static final String TOPIC = "allocation.vacating-orders";
        public static final String OPENED = "cn.onenetwork.allocation.vacating-order.opened.v1";
        public static final String VACATED = "cn.onenetwork.allocation.vacating-order.vacated.v1";
        public static final String HANDED_OVER = "cn.onenetwork.allocation.vacating-order.handed-over.v1";
    }

    @Schema(name = "VacatingOrderPage", description = "A page of vacating orders; pass nextCursor back as cursor for the next page.")
    public record OrderPage(List<OrderView> items, @Schema(description = "Absent on the last page.") String nextCursor) {
    }

    @Schema(name = "VacatingClosure", description = "The day the room was handed back (vacate) or passed to the successor (hand over).")
    public record Closure(@NotNull @Schema(examples = "2027-01-15") LocalDate on, @Size(max = 2000) @Schema(examples = "钥匙已移交") String comment) {
    }
}
