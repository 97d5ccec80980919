package cn.onenetwork.allocation.certificate;

import cn.onenetwork.allocation.certificate.CertificateApi.Verification;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/certificate-verifications")
@Tag(name = "Public verification", description = "凭证查验 anyone may check a certificate: valid or not valid, nothing else")
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

    @Inject
    CertificateService certificates;

    @GET
    @PermitAll
    @Operation(operationId = "verifyCertificate", summary = "Verify a certificate anonymously",
            description = "The URL of the certificate's QR code. Answers only whether a certificate with this number and code is valid (not cancelled nor "
                    + "revoked): no holder, no rooms, not even whether the number exists. After too many failed attempts from one address, 429 until the "
                    + "window ends.")
    @Extension(name = "x-anonymous", value = "true")
    @APIResponse(responseCode = "200", description = "valid true or false")
    @APIResponse(responseCode = "400", description = "Number or code missing or too long")
    @APIResponse(responseCode = "429", description = "Too many failed verifications from this address (TOO_MANY_VERIFICATIONS); Retry-After says when to try again")
    public Verification verify(@Parameter(description = "The certificate number", example = "640104-PZ-2026-0001") @QueryParam("number") @NotBlank @Size(max = 40) String number,
            @Parameter(description = "The verification code printed on it", example = "K7M2Q9TXWB") @QueryParam("code") @NotBlank @Size(max = 20) String code,
            @Context HttpServerRequest request) {
        return certificates.verify(number, code, request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress());
    }
}
