package cn.onenetwork.allocation.userunit;

import cn.onenetwork.common.paging.Cursors;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.allocation.i18n.AllocationText;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.Role;
import cn.onenetwork.common.scope.ScopedQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/user-units")
@Tag(name = "User units", description = "使用单位 the units that request, hold and hand back office space")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
public class UserUnitResource {

    @Inject
    CallerScope scope;

    @GET
    @Operation(operationId = "listUserUnits", summary = "List the user units in your scope", description = "Ordered by credit code.")
    @APIResponse(responseCode = "200", description = "A page of user units")
    @APIResponse(responseCode = "400", description = "Bad cursor or limit")
    public UserUnitPage list(
            @Parameter(description = "Only units of exactly this division", example = "640104") @QueryParam("divisionCode") String divisionCode,
            @Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("limit") Integer limit) {
        int size = Cursors.limit(limit);
        String after = Cursors.decode(cursor);
        ScopedQuery query = ScopedQuery.of(scope, "divisionCode", "creditCode").andEquals("divisionCode", divisionCode).after("creditCode", after);
        List<UserUnit> rows = UserUnit.find(query.query(), query.params()).page(0, size + 1).list();
        Cursors.Slice<UserUnitView> page = Cursors.slice(rows, size, UserUnitView::of, UserUnitView::creditCode);
        return new UserUnitPage(page.items(), page.nextCursor());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUserUnit", summary = "Read one user unit",
            description = "A user unit as allocation-service knows it from the registry's events (its read model), with the registry version it reflects.")
    @APIResponse(responseCode = "200", description = "The user unit")
    @APIResponse(responseCode = "404", description = "No such unit in your scope (or not yet received from the registry)")
    public UserUnitView get(@PathParam("id") UUID id) {
        UserUnit unit = UserUnit.findById(id);
        if (unit == null || !scope.canRead(unit.divisionCode, unit.creditCode)) {
            throw ProblemException.notFound(AllocationText.KIND_UNIT, id);
        }
        return UserUnitView.of(unit);
    }
}
