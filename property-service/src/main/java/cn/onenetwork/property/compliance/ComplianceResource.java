package cn.onenetwork.property.compliance;

import cn.onenetwork.common.i18n.Languages;
import cn.onenetwork.common.paging.Cursors;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.Role;
import cn.onenetwork.common.scope.ScopedQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/compliance-findings")
@Tag(name = "Compliance", description = "对标检查 findings against the 2014 area standards and the use rules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
public class ComplianceResource {

    @Inject
    CallerScope scope;

    @GET
    @Operation(operationId = "listComplianceFindings", summary = "List compliance findings in your scope",
            description = "Findings are kept current as the registry changes; filter by rule, record or status. Each detail is in the reader's language (Accept-Language, Chinese by default).")
    @APIResponse(responseCode = "200", description = "A page of findings")
    @APIResponse(responseCode = "400", description = "Bad filter, cursor or limit")
    public FindingView.Page list(@Parameter(description = "Only findings of this rule") @QueryParam("rule") Rule rule,
            @Parameter(description = "Only findings about this person") @QueryParam("personId") UUID personId,
            @Parameter(description = "Only findings about this room") @QueryParam("roomId") UUID roomId,
            @Parameter(description = "Only findings of exactly this division", example = "640104") @QueryParam("divisionCode") String divisionCode,
            @Parameter(description = "Only findings about this unit (unified social credit code)", example = "11640104MB0000012X") @QueryParam("agencyCode") String agencyCode,
            @Parameter(description = "OPEN (default) or RESOLVED", example = "OPEN") @QueryParam("status") @DefaultValue("OPEN") FindingStatus status,
            @Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("limit") Integer limit,
            @Context HttpHeaders headers) {
        int size = Cursors.limit(limit);
        ScopedQuery query = ScopedQuery.of(scope, "divisionCode", "agencyCode").andEquals("status", status.name()).andEquals("rule", rule)
                .andEquals("personId", personId).andEquals("roomId", roomId).andEquals("divisionCode", divisionCode).andEquals("agencyCode", agencyCode)
                .after("id", Cursors.decodeUuid(cursor));
        List<ComplianceFinding> rows = ComplianceFinding.find(query.query(), query.params()).page(0, size + 1).list();
        Locale reader = Languages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Cursors.Slice<FindingView> page = Cursors.slice(rows, size, f -> FindingView.of(f, reader), FindingView::id);
        return new FindingView.Page(page.items(), page.nextCursor());
    }
}
