package cn.onenetwork.property.staff;

import cn.onenetwork.common.i18n.Languages;
import cn.onenetwork.common.scope.Role;
import cn.onenetwork.property.sheet.ImportReport;
import cn.onenetwork.property.sheet.Sheet;
import cn.onenetwork.property.sheet.SheetFormat;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/people-imports")
@Tag(name = "Staff")
public class StaffImportResource {

    @Inject
    StaffImportService imports;

    @POST
    @Consumes({Sheet.CSV, Sheet.XLSX})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "importPeople", summary = "Import or correct the staff of your division's agencies, and who sits where, from a CSV or XLSX sheet",
            description = "Columns: id (optional), agency_credit_code, name, position, rank, status, status_since, and optionally building_code, "
                    + "room_number, seated_from. A row with an id (from an export) updates that person, one without registers a new person. "
                    + "rank is a rank code of the agency's level. A room named seats the person there from seated_from, unless already seated "
                    + "there; the office checks follow at once. With dryRun=true nothing is written and every problem is reported; otherwise "
                    + "the whole file is imported, or nothing is.")
    @RequestBody(content = {@Content(mediaType = Sheet.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"), examples = @ExampleObject(name = "two people", value = """
            id,agency_credit_code,name,position,rank,status,status_since,building_code,room_number,seated_from
            ,11640104MB0000012X,王建国,局长,SECTION_CHIEF,IN_POST,2019-06-01,XQ-001,301,2019-06-01
            ,11640104MB0000012X,李梅,科员,BELOW_SECTION,IN_POST,2021-09-01,,,
            """)), @Content(mediaType = Sheet.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Imported, or (dry run) what would be imported and every problem",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "422", description = "The file has problems; nothing was imported. errors[] names each row and column")
    public ImportReport importSheet(@Parameter(description = "Check only; write nothing") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @HeaderParam("Content-Type") String contentType, @Context HttpHeaders headers, byte[] sheet) {
        return imports.importSheet(StaffSheet.parse(Sheet.read(contentType, sheet, StaffSheet.SHEET, StaffSheet.OPTIONAL), imports.today()), dryRun,
                Languages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    @GET
    @Path("/template")
    @Produces({Sheet.CSV, Sheet.XLSX, Sheet.ANY_FOR_DOWNLOAD})
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
    @Operation(operationId = "getStaffImportTemplate", summary = "An empty staff sheet to fill in, as CSV or XLSX",
            description = "The Chinese column headers, then a comment row (its first cell starts with #, and imports skip it) saying what each "
                    + "column holds and in which unit. Imports accept the Chinese headers and the column identifiers alike.")
    @APIResponse(responseCode = "200", description = "The template", content = {
            @Content(mediaType = Sheet.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Sheet.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Unknown format")
    public Response template(@Parameter(description = "CSV (default) or XLSX; lower case is accepted too") @QueryParam("format") @DefaultValue("CSV") SheetFormat format) {
        return Sheet.template(format, "staff", StaffSheet.SHEET);
    }
}
