package cn.onenetwork.common.operations;

import cn.onenetwork.common.i18n.PlatformText;
import cn.onenetwork.common.inbox.InboxConsumer;
import cn.onenetwork.common.outbox.OutboxRelay;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.common.scope.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What an operator mends by hand once the cause is fixed: dead-lettered records to apply again, and parked outbox
 * keys to release. Served on each service's own port for the PLATFORM_OPERATOR role; the gateway routes only
 * /api/v1, so agency systems never reach it, and it is not part of the published API.
 */
@Path("/ops/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PLATFORM_OPERATOR)
public class OperationsResource {

    @Inject
    InboxConsumer inbox;

    @Inject
    OutboxRelay outbox;

    public record Released(String topic, String key, int released) {
    }

    @POST
    @Path("/dead-letters/replay")
    @Operation(hidden = true)
    public InboxConsumer.ReplayReport replay(@QueryParam("topic") String topic) {
        return inbox.replayDeadLetters(required("topic", topic));
    }

    @GET
    @Path("/outbox/parked")
    @Operation(hidden = true)
    public List<OutboxRelay.ParkedEvent> parked(@QueryParam("limit") @DefaultValue("100") int limit) throws SQLException {
        return outbox.parkedEvents(Math.max(1, Math.min(limit, 1000)));
    }

    @POST
    @Path("/outbox/parked/release")
    @Operation(hidden = true)
    public Released release(@QueryParam("topic") String topic, @QueryParam("key") String key) throws SQLException {
        return new Released(topic, key, outbox.release(required("topic", topic), required("key", key)));
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest("VALIDATION_FAILED", PlatformText.PARAMETER_REQUIRED.with(name),
                    List.of(Violation.of(name, PlatformText.MUST_NOT_BE_BLANK, value)));
        }
        return value;
    }
}
