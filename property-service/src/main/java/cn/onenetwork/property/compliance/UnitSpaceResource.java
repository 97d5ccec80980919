package cn.onenetwork.property.compliance;

import cn.onenetwork.common.i18n.Languages;
import cn.onenetwork.common.scope.Role;
import cn.onenetwork.property.agency.Agency;
import cn.onenetwork.property.agency.AgencyService;
import cn.onenetwork.rules.Entitlements.Posts;
import cn.onenetwork.rules.Entitlements.UnitEntitlement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/agencies/{id}/space")
@Tag(name = "Agencies")
@Produces(MediaType.APPLICATION_JSON)
public class UnitSpaceResource {

    @Inject
    AgencyService agencies;

    @Inject
    ComplianceService compliance;

    @Schema(name = "UnitSpace", requiredProperties = {"agencyId", "creditCode", "name", "approvedPosts", "officeAreaHeld", "basicAreaHeld", "ceilingReasons"}, description = "对标 a unit's office space held (allocation's holdings, the registry's areas) against its entitlement today.")
    public record UnitSpaceView(UUID agencyId, @Schema(examples = "11640104MB0000012X") String creditCode, String name,
            @Schema(description = "Σ approved posts (编制)", examples = "9") int approvedPosts,
            @Schema(description = "Σ approved posts × office standard, m²; absent while a staffed rank has no standard", examples = "90.00") BigDecimal officeEntitlement,
            @Schema(description = "Use area of the office rooms held, m²", examples = "100.00") BigDecimal officeAreaHeld,
            @Schema(description = "Offices plus the service and equipment allowance per post, m²; absent without an allowance in force",
                    examples = "198.00") BigDecimal basicEntitlement,
            @Schema(description = "Use area of the office, service and equipment rooms held, m²", examples = "160.00") BigDecimal basicAreaHeld,
            @Schema(description = "Where a ceiling stood in for a rank's own standard, why (township ranks before the province sets their values), in the reader's language")
            List<String> ceilingReasons) {
    }

    @GET
    @Transactional
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "getUnitSpace", summary = "A unit's office space held against its entitlement",
            description = "The figures behind the per-unit findings; a user unit reads its own.")
    @APIResponse(responseCode = "200", description = "Held and entitled areas")
    @APIResponse(responseCode = "404", description = "No such agency in your scope")
    public UnitSpaceView get(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Agency agency = agencies.visible(id);
        ComplianceFacts.Unit unit = compliance.unitFacts(agency, compliance.today());
        UnitEntitlement entitled = ComplianceRules.entitlement(unit).orElse(null);
        return new UnitSpaceView(agency.id, agency.creditCode, agency.name,
                unit.staffing().stream().mapToInt(Posts::approved).sum(),
                entitled == null ? null : entitled.office(), unit.officeArea(), entitled == null ? null : entitled.basic(), unit.basicArea(),
                entitled == null ? List.of() : ComplianceRules.ceilings(unit).stream()
                        .map(c -> c.render(Languages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)))).toList());
    }
}
