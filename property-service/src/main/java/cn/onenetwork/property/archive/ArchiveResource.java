package cn.onenetwork.property.archive;

import cn.onenetwork.property.i18n.PropertyText;
import cn.onenetwork.common.document.DocumentTypes;
import cn.onenetwork.common.i18n.PlatformText;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.common.scope.Role;
import cn.onenetwork.property.archive.ArchiveDocument.DocumentKind;
import cn.onenetwork.property.archive.ArchiveDocument.OwnerType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/documents")
@Tag(name = "Archives", description = "档案 certificates, drawings and floor plans of buildings, floors and titles")
public class ArchiveResource {

    @Inject
    ArchiveService archive;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "storeDocument", summary = "Store a document with a building, floor or title of your division",
            description = "The body is the file itself: PDF, PNG, JPEG, TIFF, DWG or DXF, with its own Content-Type, or as application/octet-stream "
                    + "(what generated clients send), when the type is recognised from the content. Send X-Content-SHA256 to have the upload checked.")
    @RequestBody(content = {@Content(mediaType = DocumentTypes.OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/tiff", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/vnd.dwg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/vnd.dxf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "Empty body or bad parameters")
    @APIResponse(responseCode = "404", description = "Owner not in your scope")
    @APIResponse(responseCode = "413", description = "Larger than the configured limit")
    @APIResponse(responseCode = "415", description = "Not an accepted document type")
    @APIResponse(responseCode = "422", description = "Content does not match X-Content-SHA256")
    public RestResponse<DocumentView> store(
            @Parameter(required = true, description = "What the document belongs to") @QueryParam("ownerType") OwnerType ownerType,
            @Parameter(required = true) @QueryParam("ownerId") UUID ownerId,
            @Parameter(required = true) @QueryParam("kind") DocumentKind kind,
            @Parameter(required = true, example = "3层平面图.pdf") @QueryParam("fileName") String fileName,
            @HeaderParam("Content-Type") String contentType,
            @Parameter(in = ParameterIn.HEADER, name = "X-Content-SHA256", description = "SHA-256 of the body, hex") @HeaderParam("X-Content-SHA256") String sha256,
            byte[] content) {
        requireParameters(ownerType, ownerId, kind);
        ArchiveDocument document = archive.store(ownerType, ownerId, kind, fileName, contentType, sha256, content);
        return RestResponse.ResponseBuilder.<DocumentView>created(URI.create("/api/v1/documents/" + document.id)).entity(DocumentView.of(document)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "listDocuments", summary = "List the documents of a building, floor or title",
            description = "The archive documents (档案) of a parcel, building, floor or title: certificates, drawings and floor plans, with their SHA-256.")
    @APIResponse(responseCode = "200", description = "The documents' metadata")
    @APIResponse(responseCode = "404", description = "Owner not in your scope")
    public List<DocumentView> list(@Parameter(required = true) @QueryParam("ownerType") OwnerType ownerType,
            @Parameter(required = true) @QueryParam("ownerId") UUID ownerId) {
        requireParameters(ownerType, ownerId, DocumentKind.OTHER);
        return archive.list(ownerType, ownerId);
    }

    @GET
    @Path("/{id}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "getDocumentContent", summary = "Download a document", description = "ETag is the content's SHA-256.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such document in your scope")
    public Response content(@PathParam("id") UUID id) {
        ArchiveDocument document = archive.visible(id);
        return Response.ok(document.content, document.contentType)
                .header("ETag", "\"" + document.sha256 + "\"")
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(document.fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    private static void requireParameters(OwnerType ownerType, UUID ownerId, DocumentKind kind) {
        List<Violation> missing = new ArrayList<>();
        if (ownerType == null) {
            missing.add(new Violation("ownerType", PlatformText.MUST_BE_ONE_OF.with("PARCEL, BUILDING, FLOOR, TITLE"), null));
        }
        if (ownerId == null) {
            missing.add(Violation.of("ownerId", PropertyText.MUST_BE_GIVEN, null));
        }
        if (kind == null) {
            missing.add(Violation.of("kind", PropertyText.MUST_BE_GIVEN, null));
        }
        if (!missing.isEmpty()) {
            throw ProblemException.badRequest("VALIDATION_FAILED", PropertyText.QUERY_PARAMETERS_MISSING.with(), missing);
        }
    }
}
