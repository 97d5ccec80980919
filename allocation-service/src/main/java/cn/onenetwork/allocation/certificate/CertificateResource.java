package cn.onenetwork.allocation.certificate;

import cn.onenetwork.common.i18n.ReaderLanguage;
import cn.onenetwork.allocation.certificate.CertificateApi.Cancellation;
import cn.onenetwork.allocation.certificate.CertificateApi.CertificatePage;
import cn.onenetwork.allocation.certificate.CertificateApi.CertificateView;
import cn.onenetwork.allocation.certificate.CertificateApi.Change;
import cn.onenetwork.allocation.certificate.CertificateApi.Issue;
import cn.onenetwork.allocation.certificate.CertificateApi.Printing;
import cn.onenetwork.allocation.certificate.CertificateApi.Printout;
import cn.onenetwork.allocation.certificate.CertificateApi.Revocation;
import cn.onenetwork.allocation.certificate.CertificateApi.Transfer;
import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.idempotency.Created;
import cn.onenetwork.common.idempotency.IdempotentCreates;
import cn.onenetwork.common.scope.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/certificates")
@Tag(name = "Certificates", description = "分配使用凭证 (宁夏: 使用权证) issued with every hand-over; changed, transferred, cancelled or revoked with a reason")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificateResource {

    /** The header IdempotentCreates sets on an answer it replays. */
    private static final String REPLAYED = "Idempotency-Replayed";

    @Inject
    CertificateService certificates;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    ReaderLanguage language;

    @GET
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "listCertificates", summary = "List the certificates in your scope", description = "A user unit sees its own.")
    @APIResponse(responseCode = "200", description = "A page of certificates")
    @APIResponse(responseCode = "400", description = "Bad filter, cursor or limit")
    public CertificatePage list(@Parameter(description = "Only certificates of this unit") @QueryParam("agencyId") UUID agencyId,
            @Parameter(description = "Only certificates in this status") @QueryParam("status") CertificateStatus status,
            @Parameter(description = "The certificate with this number", example = "640104-PZ-2026-0001") @QueryParam("number") @Size(max = 40) String number,
            @Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("limit") Integer limit) {
        return certificates.list(agencyId, status, number, cursor, limit);
    }

    @POST
    @Transactional
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "issueCertificate", summary = "Issue a certificate for rooms a unit already holds (EXISTING_USE)",
            description = "For holdings recorded from before the platform, or a merger's successor that took its predecessor's rooms over; numbered "
                    + "like every other certificate, and issued with the use agreement (使用协议) the unit signed. Without roomIds it covers every room "
                    + "the unit holds that no valid certificate covers.")
    @APIResponse(responseCode = "201", description = "Issued", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificateView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or no agreement (AGREEMENT_MISSING)")
    @APIResponse(responseCode = "403", description = "A unit of another level than yours (OUTSIDE_OWN_LEVEL)")
    @APIResponse(responseCode = "404", description = "No such unit in your scope")
    @APIResponse(responseCode = "409", description = "A room is on another valid certificate (ROOM_ON_ANOTHER_CERTIFICATE)")
    @APIResponse(responseCode = "422", description = "A room the unit does not hold (ROOM_NOT_HELD_BY_UNIT), nothing left to certify (NOTHING_TO_CERTIFY), "
            + "an ended unit (UNIT_DISSOLVED), an agreement without its date or a signatory (AGREEMENT_NOT_SIGNED) or dated after today "
            + "(AGREEMENT_SIGNED_IN_FUTURE), or Idempotency-Key reused for another request")
    public RestResponse<CertificateView> issue(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentCreates.HEADER, description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull Issue input) {
        return idempotent.create(idempotencyKey, "issueCertificate", input, CertificateView.class, () -> {
            Certificate c = certificates.issueForExistingUse(input.agencyId(), input.roomIds(), input.agreement());
            return new Created<>(certificates.view(c), URI.create("/api/v1/certificates/" + c.id), c.version);
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "getCertificate", summary = "Read one certificate", description = "With its history; ETag carries its version.")
    @APIResponse(responseCode = "200", description = "The certificate; ETag carries its version")
    @APIResponse(responseCode = "404", description = "No such certificate in your scope")
    public RestResponse<CertificateView> get(@PathParam("id") UUID id) {
        return current(certificates.visible(id));
    }

    @POST
    @Path("/{id}/change")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "changeCertificate", summary = "Change a certificate (变更): the rooms it now covers", description = "Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such certificate in your scope")
    @APIResponse(responseCode = "409", description = "Cancelled or revoked already (CERTIFICATE_ENDED)")
    @APIResponse(responseCode = "422", description = "A room its unit does not hold (ROOM_NOT_HELD_BY_UNIT)")
    public RestResponse<CertificateView> change(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = "If-Match",
            description = "The ETag you read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Change input) {
        return current(certificates.change(id, ifMatch, input.roomIds(), input.reason()));
    }

    @POST
    @Path("/{id}/transfer")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "transferCertificate", summary = "Transfer a certificate (转接) to a successor unit", description = "Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Transferred")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such certificate or unit in your scope")
    @APIResponse(responseCode = "409", description = "Cancelled or revoked already (CERTIFICATE_ENDED)")
    @APIResponse(responseCode = "422", description = "The same unit, or a unit of another division (NOT_A_SUCCESSOR)")
    public RestResponse<CertificateView> transfer(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = "If-Match",
            description = "The ETag you read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Transfer input) {
        return current(certificates.transfer(id, ifMatch, input.agencyId(), input.reason()));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "cancelCertificate", summary = "Cancel a certificate (注销)", description = "Final: it no longer verifies. Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such certificate in your scope")
    @APIResponse(responseCode = "409", description = "Cancelled or revoked already (CERTIFICATE_ENDED)")
    public RestResponse<CertificateView> cancel(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = "If-Match",
            description = "The ETag you read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Cancellation input) {
        return current(certificates.cancel(id, ifMatch, input.reason()));
    }

    @POST
    @Path("/{id}/revoke")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "revokeCertificate", summary = "Revoke a certificate (收回) on a ground", description = "Final: it no longer verifies. Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Revoked")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such certificate in your scope")
    @APIResponse(responseCode = "409", description = "Cancelled or revoked already (CERTIFICATE_ENDED)")
    public RestResponse<CertificateView> revoke(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = "If-Match",
            description = "The ETag you read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Revocation input) {
        return current(certificates.revoke(id, ifMatch, input.ground(), input.reason()));
    }

    @POST
    @Path("/{id}/print")
    @Transactional
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "printCertificate", summary = "Print a certificate with a fresh verification code",
            description = "The A4 pages (HTML with print CSS): the certificate with the verification code and a QR code of the public verification "
                    + "URL, then its use agreement's terms and signatories. The code is shown only here and stored only as a hash; printing again "
                    + "issues a new code, and the earlier printout stops verifying. A retry with the same Idempotency-Key answers the same printout "
                    + "(Idempotency-Replayed: true) and issues no new code, so a lost answer does not void the sheet already printed.")
    @APIResponse(responseCode = "200", description = "The printout")
    @APIResponse(responseCode = "400", description = "No reason given, or a malformed Idempotency-Key (INVALID_IDEMPOTENCY_KEY)")
    @APIResponse(responseCode = "404", description = "No such certificate in your scope")
    @APIResponse(responseCode = "409", description = "Cancelled or revoked (CERTIFICATE_NOT_VALID)")
    @APIResponse(responseCode = "422", description = "Idempotency-Key used already for another printing (IDEMPOTENCY_KEY_REUSED)")
    public RestResponse<Printout> print(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = IdempotentCreates.HEADER, description = "Makes retries safe: the same key answers the same printout")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey, @Valid @NotNull Printing input) {
        // A printing is stored and replayed like a create (its code with it: a replay must show the code the sheet carries),
        // but answered 200 as before: its location is the certificate's, not a new resource's.
        RestResponse<Printout> printed = idempotent.create(idempotencyKey, "printCertificate", new CertificateApi.PrintRequest(id, input.reason().strip()),
                Printout.class, () -> {
                    Printout printout = certificates.print(id, input.reason(), language.get());
                    return new Created<>(printout, URI.create("/api/v1/certificates/" + id), certificates.visible(id).version);
                });
        RestResponse.ResponseBuilder<Printout> ok = RestResponse.ResponseBuilder.ok(printed.getEntity());
        if (printed.getHeaders().containsKey(REPLAYED)) {
            ok.header(REPLAYED, "true");
        }
        return ok.build();
    }

    private RestResponse<CertificateView> current(Certificate c) {
        return RestResponse.ResponseBuilder.ok(certificates.view(c)).header("ETag", Etags.of(c.version)).build();
    }
}
