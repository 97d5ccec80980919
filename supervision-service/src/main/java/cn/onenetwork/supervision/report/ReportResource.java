package cn.onenetwork.supervision.report;

import cn.onenetwork.common.i18n.ReaderLanguage;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.Role;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.supervision.i18n.SupervisionText;
import cn.onenetwork.supervision.report.ReportViews.StatisticsTables;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/statistics-tables")
@Tag(name = "Statistics", description = "统计报表 the national statistics tables, their submission up the division tree and the roll-ups")
@RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
public class ReportResource {

    @Schema(name = "StatisticsSheetFormat", description = "The file a statistics sheet comes as.")
    public enum SheetFormat {
        XLSX, CSV;

        /** Lower case is accepted too, as the registry's sheets accept it. */
        public static SheetFormat fromString(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    @Inject
    ReportService reports;

    @Inject
    CallerScope scope;

    @Inject
    PlatformClockProvider clock;

    @Inject
    ReaderLanguage language;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getStatisticsTables", summary = "The national statistics tables of a division's own level as of a day",
            description = "行政区划信息, 办公用房信息 (a row per using unit per building), 办公区外技术业务用房信息 and 办公用房建设项目信息 of the buildings and "
                    + "projects registered at the division itself (本级), computed from supervision's dated read models as the registry knew them on the day.")
    @APIResponse(responseCode = "200", description = "The tables")
    @APIResponse(responseCode = "400", description = "A malformed division code or day, or a day in the future")
    @APIResponse(responseCode = "403", description = "Not a bureau or an auditor")
    @APIResponse(responseCode = "404", description = "No such division in your scope")
    public StatisticsTables tables(
            @Parameter(description = "The division; yours when absent", example = "640104") @QueryParam("divisionCode") String divisionCode,
            @Parameter(description = "The day the figures are as of; today when absent", example = "2025-12-31") @QueryParam("asOf") LocalDate asOf) {
        return reports.tables(scope.divisionInScope(divisionCode), day(asOf), language.get());
    }

    @GET
    @Path("/sheet")
    @Produces({ReportWorkbook.XLSX, "text/csv", MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadStatisticsTables", summary = "The national statistics tables as the national template's sheet",
            description = "XLSX: one sheet per table laid out as the national template (Chinese headers, a building's cells merged across its unit rows, "
                    + "m² with two decimals, 万元 for investment, a 合计 row). CSV: the 办公用房信息 table (the only one a CSV holds). The file is named by the "
                    + "national rule: the division's names from the province down and its 12-digit code.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = ReportWorkbook.XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "A malformed division code, day or format, a day in the future, or a CSV of a table other than OFFICE_SPACE")
    @APIResponse(responseCode = "403", description = "Not a bureau or an auditor")
    @APIResponse(responseCode = "404", description = "No such division in your scope")
    public Response sheet(
            @Parameter(description = "The division; yours when absent", example = "640104") @QueryParam("divisionCode") String divisionCode,
            @Parameter(description = "The day the figures are as of; today when absent", example = "2025-12-31") @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "XLSX (default) or CSV; lower case is accepted too") @QueryParam("format") @DefaultValue("XLSX") SheetFormat format,
            @Parameter(description = "For a CSV: the table (OFFICE_SPACE, the default, is the one a CSV holds)") @QueryParam("table") @DefaultValue("OFFICE_SPACE")
            StatisticsTable table) {
        String division = scope.divisionInScope(divisionCode);
        Locale reader = language.get();
        StatisticsTables tables = reports.tables(division, day(asOf), reader);
        List<String> names = reports.namePath(division);
        String code = tables.division().statisticalCode();
        if (format == SheetFormat.CSV) {
            if (table != StatisticsTable.OFFICE_SPACE) {
                throw ProblemException.badRequest("VALIDATION_FAILED", SupervisionText.TABLE_FORMAT.with(),
                        List.of(Violation.of("table", SupervisionText.CSV_TABLE_RULE, table.name())));
            }
            String name = ReportWorkbook.fileName(names, code, "csv");
            return Response.ok(ReportWorkbook.officeSpaceCsv(tables, reader), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", ReportWorkbook.contentDisposition(name, code, "csv")).build();
        }
        String name = ReportWorkbook.fileName(names, code, "xlsx");
        return Response.ok(ReportWorkbook.xlsx(tables, reader), ReportWorkbook.XLSX).header("Content-Disposition", ReportWorkbook.contentDisposition(name, code, "xlsx"))
                .build();
    }

    private LocalDate day(LocalDate asOf) {
        LocalDate today = clock.today();
        if (asOf == null) {
            return today;
        }
        if (asOf.isAfter(today)) {
            throw ProblemException.badRequest("VALIDATION_FAILED", SupervisionText.AS_OF_IN_THE_FUTURE.with(asOf, today),
                    List.of(Violation.of("asOf", SupervisionText.AS_OF_RULE, asOf.toString())));
        }
        return asOf;
    }
}
