package cn.onenetwork.property.staff;

import cn.onenetwork.common.scope.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import cn.onenetwork.property.staff.StaffApi.SeatInput;
import cn.onenetwork.property.staff.StaffApi.SeatRelease;
import cn.onenetwork.property.staff.StaffApi.SeatView;

@Path("/api/v1/seats")
@Tag(name = "Staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SeatResource {

    @Inject
    StaffService staff;

    @POST
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "assignSeat", summary = "Seat a person in a room", description = "Compliance of the room and the person is rechecked at once.")
    @APIResponse(responseCode = "201", description = "Seated", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeatView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "Person or room not in your scope")
    @APIResponse(responseCode = "409", description = "Already seated in that room")
    @APIResponse(responseCode = "422", description = "Concurrent post not the person's")
    public RestResponse<SeatView> assign(@Valid @NotNull SeatInput input) {
        Seat seat = staff.assign(input);
        return RestResponse.ResponseBuilder.<SeatView>created(URI.create("/api/v1/seats/" + seat.id)).entity(SeatView.of(seat)).build();
    }

    @POST
    @Path("/{id}/release")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "releaseSeat", summary = "Hand a room back: end a seat",
            description = "Ends a seat on the given date: the person has handed the room back. The room and the person are rechecked at once.")
    @APIResponse(responseCode = "200", description = "Released")
    @APIResponse(responseCode = "400", description = "Invalid date")
    @APIResponse(responseCode = "404", description = "No such seat in your scope")
    @APIResponse(responseCode = "409", description = "Already released")
    public SeatView release(@PathParam("id") UUID id, @Valid @NotNull SeatRelease release) {
        return SeatView.of(staff.release(id, release.toDate()));
    }
}
