package cn.onenetwork.property.building;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/building-imports")
@Tag(name = "Buildings")
public class BuildingImportResource {

    @Inject
    BuildingImportService imports;

    @POST
    @Consumes({Sheet.CSV, Sheet.XLSX})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "importBuildings", summary = "Import buildings of your division from a CSV or XLSX sheet",
            description = "Columns: id (optional: a building id from an export corrects that building), code, name, address, parcel_code, year_built, "
                    + "completed_on (optional, yyyy-MM-dd, in year_built), structure, storeys_above, storeys_below, gross_floor_area, usable_coefficient, origin. parcel_code names a registered parcel of your division (may be blank). "
                    + "With dryRun=true nothing is written and every problem is reported; otherwise the whole file is imported, or nothing is.")
    @RequestBody(content = {@Content(mediaType = Sheet.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"), examples = @ExampleObject(name = "one building", value = """
            code,name,address,parcel_code,year_built,completed_on,structure,storeys_above,storeys_below,gross_floor_area,usable_coefficient,origin
            XQ-001,兴庆区行政中心1号楼,银川市兴庆区解放西街1号,640104-003-0012,2008,2008-10-15,框架,8,1,12500.00,0.65,FISCAL_FUNDING
            """)), @Content(mediaType = Sheet.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Imported, or (dry run) what would be imported and every problem",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "422", description = "The file has problems; nothing was imported. errors[] names each row and column")
    public ImportReport importSheet(@Parameter(description = "Check only; write nothing") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @HeaderParam("Content-Type") String contentType, @Context HttpHeaders headers, byte[] sheet) {
        return imports.importSheet(BuildingSheet.parse(Sheet.read(contentType, sheet, BuildingSheet.SHEET, BuildingSheet.OPTIONAL), imports.today()), dryRun,
                Languages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    @GET
    @Path("/template")
    @Produces({Sheet.CSV, Sheet.XLSX, Sheet.ANY_FOR_DOWNLOAD})
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
    @Operation(operationId = "getBuildingImportTemplate", summary = "An empty buildings sheet to fill in, as CSV or XLSX",
            description = "The Chinese column headers, then a comment row (its first cell starts with #, and imports skip it) saying what each "
                    + "column holds and in which unit. Imports accept the Chinese headers and the column identifiers alike.")
    @APIResponse(responseCode = "200", description = "The template", content = {
            @Content(mediaType = Sheet.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Sheet.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Unknown format")
    public Response template(@Parameter(description = "CSV (default) or XLSX; lower case is accepted too") @QueryParam("format") @DefaultValue("CSV") SheetFormat format) {
        return Sheet.template(format, "buildings", BuildingSheet.SHEET);
    }
}
