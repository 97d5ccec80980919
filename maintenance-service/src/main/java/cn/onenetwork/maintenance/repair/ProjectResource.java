package cn.onenetwork.maintenance.repair;

import cn.onenetwork.common.document.DocumentTypes;
import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.i18n.PlatformText;
import cn.onenetwork.common.idempotency.Created;
import cn.onenetwork.common.idempotency.IdempotentCreates;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.common.scope.Role;
import cn.onenetwork.maintenance.repair.ProjectApi.Acceptance;
import cn.onenetwork.maintenance.repair.ProjectApi.Additions;
import cn.onenetwork.maintenance.repair.ProjectApi.Appraisal;
import cn.onenetwork.maintenance.repair.ProjectApi.ContractApproval;
import cn.onenetwork.maintenance.repair.ProjectApi.Declaration;
import cn.onenetwork.maintenance.repair.ProjectApi.DocumentView;
import cn.onenetwork.maintenance.repair.ProjectApi.Establishment;
import cn.onenetwork.maintenance.repair.ProjectApi.ProjectPage;
import cn.onenetwork.maintenance.repair.ProjectApi.ProjectView;
import cn.onenetwork.maintenance.repair.ProjectApi.Rejection;
import cn.onenetwork.maintenance.repair.ProjectApi.Report;
import cn.onenetwork.maintenance.repair.ProjectApi.Start;
import cn.onenetwork.maintenance.repair.ProjectApi.Withdrawal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

@Path("/api/v1/repair-projects")
@Tag(name = "Repair projects", description = "维修项目 declarations judged by the repair rules, and the procedure 检查鉴定 → 立项 → 计划安排 → 实施 → 竣工验收")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {

    private static final String IF_MATCH = "If-Match";

    @Inject
    ProjectService projects;

    @Inject
    IdempotentCreates idempotent;

    @GET
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "listRepairProjects", summary = "Find repair projects in your scope",
            description = "Filters combine; q searches the number, title and the unit's credit code. A user unit sees its own projects.")
    @APIResponse(responseCode = "200", description = "A page of projects")
    @APIResponse(responseCode = "400", description = "Bad filter, cursor or limit")
    public ProjectPage list(@QueryParam("status") ProjectStatus status, @QueryParam("repairClass") RepairClass repairClass,
            @QueryParam("buildingId") UUID buildingId, @QueryParam("agencyId") UUID agencyId,
            @Parameter(example = "2027") @QueryParam("planYear") Integer planYear,
            @Parameter(description = "Text in the number, title or unit code", example = "屋面") @QueryParam("q") String q,
            @Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("limit") Integer limit) {
        return projects.list(status, repairClass, buildingId, agencyId, planYear, q, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "getRepairProject", summary = "Read one repair project",
            description = "The project with its stages, documents, costs and the next stage. ETag carries its version, for the next stage's If-Match.")
    @APIResponse(responseCode = "200", description = "The project; ETag carries its version")
    @APIResponse(responseCode = "404", description = "No such project in your scope")
    public RestResponse<ProjectView> get(@PathParam("id") UUID id) {
        return current(projects.visible(id));
    }

    @POST
    @Transactional
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AGENCY_USER})
    @Operation(operationId = "declareRepair", summary = "Declare a repair",
            description = "A unit declares for itself, a bureau for a unit of its division. Judged with the division's figures in force today "
                    + "(GET /api/v1/repair-parameters/in-force): the 15-year rule to the day, the 15% extension of a major repair, one project per unit, "
                    + "address and year (化整为零), no routine items in a medium or major project, no repair because the occupant changed, the "
                    + "declaration deadline. The cost band (Σ items) decides who establishes it and whether it is tendered.")
    @APIResponse(responseCode = "201", description = "Declared", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, a plan year missing or past, or a room not of the building")
    @APIResponse(responseCode = "403", description = "Not the unit, nor the bureau of its division")
    @APIResponse(responseCode = "404", description = "Unit or building not in your scope (or not yet received from the registry)")
    @APIResponse(responseCode = "409", description = "The building was disposed of (BUILDING_DISPOSED)")
    @APIResponse(responseCode = "422", description = "Refused by a rule, with the rule, figures and dates: TOO_EARLY_FOR_MEDIUM_OR_MAJOR_REPAIR, EXTENSION_ABOVE_LIMIT, "
            + "EXTENSION_ONLY_IN_MAJOR_REPAIR, SPLIT_PROJECT, ROUTINE_ITEMS_BUNDLED, WORK_ABOVE_ROUTINE, OCCUPANT_CHANGE_IS_NO_GROUND, DECLARATION_DEADLINE_PASSED, "
            + "COMPLETION_DATE_UNKNOWN, ROOM_HELD_BY_ANOTHER_UNIT; or Idempotency-Key reused for another declaration")
    public RestResponse<ProjectView> declare(
            @Parameter(in = ParameterIn.HEADER, name = IdempotentCreates.HEADER, description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull Declaration input) {
        return idempotent.create(idempotencyKey, "declareRepair", input, ProjectView.class, () -> {
            RepairProject p = projects.declare(input);
            return new Created<>(projects.view(p), URI.create("/api/v1/repair-projects/" + p.id), p.version);
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AGENCY_USER})
    @Operation(operationId = "correctRepairProject", summary = "Correct a declaration before it is established",
            description = "Title, description, hazards and energy use, with the reason; by the unit or its bureau. The work itself changes only by merging "
                    + "(additions). Audited, kept in the project's stages and published.")
    @APIResponse(responseCode = "200", description = "Corrected")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not the unit or the bureau of its division")
    @APIResponse(responseCode = "404", description = "No such project in your scope")
    @APIResponse(responseCode = "409", description = "Already established (STAGE_OUT_OF_ORDER)")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<ProjectView> correct(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = IF_MATCH, description = "The ETag you read",
            example = "\"0\"") @HeaderParam(IF_MATCH) String ifMatch, @Valid @NotNull ProjectApi.Correction input) {
        return current(projects.correct(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/additions")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "addRepairWork", summary = "Merge further work into a project (合并申报)",
            description = "Instead of a second project for the same unit, address and year, the bureau adds the work to this one before it is established; "
                    + "the estimate and cost band are recomputed.")
    @APIResponse(responseCode = "200", description = "Merged")
    @APIResponse(responseCode = "400", description = "Invalid fields, or a room not of the building")
    @APIResponse(responseCode = "403", description = "Not the bureau of the project's division")
    @APIResponse(responseCode = "404", description = "No such project in your scope")
    @APIResponse(responseCode = "409", description = "Already established (STAGE_OUT_OF_ORDER) or a routine repair (STAGE_NOT_FOR_CLASS)")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "422", description = "A routine item in a medium or major project (ROUTINE_ITEMS_BUNDLED), or a room used by another unit")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<ProjectView> addWork(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = IF_MATCH, description = "The ETag you read",
            example = "\"0\"") @HeaderParam(IF_MATCH) String ifMatch, @Valid @NotNull Additions input) {
        return current(projects.addWork(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/appraisal")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "appraiseRepair", summary = "Record the inspection and appraisal (检查鉴定)", description = "The first stage of a medium or major repair.")
    @APIResponse(responseCode = "200", description = "Appraised")
    @APIResponse(responseCode = "400", description = "Invalid fields, a day before the declaration, or a document not of the project")
    @APIResponse(responseCode = "403", description = "Not the bureau of the project's division")
    @APIResponse(responseCode = "404", description = "No such project in your scope")
    @APIResponse(responseCode = "409", description = "Not DECLARED (STAGE_OUT_OF_ORDER, naming the next stage) or a routine repair (STAGE_NOT_FOR_CLASS)")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<ProjectView> appraise(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = IF_MATCH, description = "The ETag you read",
            example = "\"0\"") @HeaderParam(IF_MATCH) String ifMatch, @Valid @NotNull Appraisal input) {
        return current(projects.appraise(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/establishment")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "establishRepair", summary = "Establish an appraised project (立项): it enters the reserve",
            description = "By the bureau the cost band calls for: the project's own for small and medium, the level above for large (approvingDivision). "
                    + "Publishes repair approved.")
    @APIResponse(responseCode = "200", description = "Established")
    @APIResponse(responseCode = "400", description = "Invalid fields, or a document not of the project")
    @APIResponse(responseCode = "403", description = "Not the approving bureau (NOT_THE_APPROVING_BUREAU)")
    @APIResponse(responseCode = "404", description = "No such project in your scope")
    @APIResponse(responseCode = "409", description = "Not APPRAISED (STAGE_OUT_OF_ORDER) or a routine repair (STAGE_NOT_FOR_CLASS)")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<ProjectView> establish(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = IF_MATCH, description = "The ETag you read",
            example = "\"1\"") @HeaderParam(IF_MATCH) String ifMatch, @Valid @NotNull Establishment input) {
        return current(projects.establish(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/rejection")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "rejectRepair", summary = "Refuse to establish a project (不予立项)", description = "Before establishment, with the reason.")
    @APIResponse(responseCode = "200", description = "Rejected")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not the bureau of the project's division")
    @APIResponse(responseCode = "404", description = "No such project in your scope")
    @APIResponse(responseCode = "409", description = "Already established, or a routine repair")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<ProjectView> reject(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = IF_MATCH, description = "The ETag you read",
            example = "\"1\"") @HeaderParam(IF_MATCH) String ifMatch, @Valid @NotNull Rejection input) {
        return current(projects.reject(id, ifMatch, input.comment()));
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AGENCY_USER})
    @Operation(operationId = "withdrawRepair", summary = "Withdraw a declaration before it is established", description = "By the unit or its bureau, with the reason.")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not the unit or the bureau of its division")
    @APIResponse(responseCode = "404", description = "No such project in your scope")
    @APIResponse(responseCode = "409", description = "Already established (STAGE_OUT_OF_ORDER)")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<ProjectView> withdraw(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = IF_MATCH, description = "The ETag you read",
            example = "\"0\"") @HeaderParam(IF_MATCH) String ifMatch, @Valid @NotNull Withdrawal input) {
        return current(projects.withdraw(id, ifMatch, input.comment()));
    }

    @POST
    @Path("/{id}/contract-approval")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "approveRepairContract", summary = "Approve a contract above the planned amount (超计划合同审批)",
            description = "No money without approval: the works of a planned project start under a contract within the amount the annual plan funds, "
                    + "or within the contract cost the approving bureau approves here: the bureau of the band of the larger of the estimate and the contract "
                    + "(the level above when either is large). Publishes repair changed.")
    @APIResponse(responseCode = "200", description = "Approved")
    @APIResponse(responseCode = "400", description = "Invalid fields, a contract cost within the planned amount, or a document not of the project")
    @APIResponse(responseCode = "403", description = "Not the bureau of the band of the larger of estimate and contract (NOT_THE_APPROVING_BUREAU)")
    @APIResponse(responseCode = "404", description = "No such project in your scope")
    @APIResponse(responseCode = "409", description = "Not PLANNED (STAGE_OUT_OF_ORDER) or a routine repair (STAGE_NOT_FOR_CLASS)")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<ProjectView> approveContract(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = IF_MATCH,
            description = "The ETag you read", example = "\"3\"") @HeaderParam(IF_MATCH) String ifMatch, @Valid @NotNull ContractApproval input) {
        return current(projects.approveContract(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "startRepair", summary = "Start the works of a planned project (实施)",
            description = "Only a project of an approved annual plan starts, under a contract within its planned amount or the one approved above it; "
                    + "one whose estimate or contract is large names its public tender. The registry marks the project's rooms "
                    + "under repair, and allocation stops offering them. Publishes repair started.")
    @APIResponse(responseCode = "200", description = "Started")
    @APIResponse(responseCode = "400", description = "Invalid fields, a day before the plan, or a document not of the project")
    @APIResponse(responseCode = "403", description = "Not the bureau of the project's division")
    @APIResponse(responseCode = "404", description = "No such project in your scope")
    @APIResponse(responseCode = "409", description = "Not PLANNED (STAGE_OUT_OF_ORDER) or a routine repair (STAGE_NOT_FOR_CLASS)")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "422", description = "A large estimate or contract without its tender (TENDER_REQUIRED), or a contract above the planned "
            + "amount not approved (CONTRACT_ABOVE_PLANNED_AMOUNT)")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<ProjectView> start(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = IF_MATCH, description = "The ETag you read",
            example = "\"3\"") @HeaderParam(IF_MATCH) String ifMatch, @Valid @NotNull Start input) {
        return current(projects.start(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/acceptance")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "acceptRepair", summary = "Accept the completed works (竣工验收)",
            description = "With the actual cost and the acceptance record. The registry returns the rooms to use, records the day as the building's last medium "
                    + "or major repair and keeps the acceptance documents' fingerprints. Publishes repair completed.")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "400", description = "Invalid fields, a day before the start, or a document not of the project")
    @APIResponse(responseCode = "403", description = "Not the bureau of the project's division")
    @APIResponse(responseCode = "404", description = "No such project in your scope")
    @APIResponse(responseCode = "409", description = "Not IN_PROGRESS (STAGE_OUT_OF_ORDER) or a routine repair (STAGE_NOT_FOR_CLASS)")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "422", description = "No document of kind ACCEPTANCE named (ACCEPTANCE_RECORD_REQUIRED)")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<ProjectView> accept(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = IF_MATCH, description = "The ETag you read",
            example = "\"4\"") @HeaderParam(IF_MATCH) String ifMatch, @Valid @NotNull Acceptance input) {
        return current(projects.accept(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/report")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AGENCY_USER})
    @Operation(operationId = "reportRoutineRepair", summary = "Report a routine repair done, with its cost",
            description = "Routine repairs are done by the unit from its operating budget, without the procedure of medium and major repairs, and below "
                    + "the small band of the figures the declaration was judged by, the actual cost too.")
    @APIResponse(responseCode = "200", description = "Reported")
    @APIResponse(responseCode = "400", description = "Invalid fields, or a document not of the project")
    @APIResponse(responseCode = "403", description = "Not the unit or the bureau of its division")
    @APIResponse(responseCode = "404", description = "No such project in your scope")
    @APIResponse(responseCode = "409", description = "Not a routine repair (STAGE_NOT_FOR_CLASS), or already reported")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "422", description = "An actual cost that reaches the small band's limit (ROUTINE_ABOVE_SMALL_BAND): the work is withdrawn "
            + "and declared as a medium or major repair")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<ProjectView> report(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = IF_MATCH, description = "The ETag you read",
            example = "\"0\"") @HeaderParam(IF_MATCH) String ifMatch, @Valid @NotNull Report input) {
        return current(projects.report(id, ifMatch, input));
    }

    @POST
    @Path("/{id}/documents")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AGENCY_USER})
    @Operation(operationId = "storeRepairDocument", summary = "Store a document or photo with a project",
            description = "The body is the file itself: PDF, PNG, JPEG or TIFF with its own Content-Type, or as application/octet-stream (what generated "
                    + "clients send), when the type is recognised from the content. The registry archive's checks apply: size limit, type, and the SHA-256 "
                    + "sent in X-Content-SHA256.")
    @RequestBody(content = {@Content(mediaType = DocumentTypes.OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/tiff", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "Empty body, no kind or file name")
    @APIResponse(responseCode = "403", description = "Not the unit or the bureau of its division")
    @APIResponse(responseCode = "404", description = "No such project in your scope")
    @APIResponse(responseCode = "413", description = "Larger than the configured limit")
    @APIResponse(responseCode = "415", description = "Not an accepted document type")
    @APIResponse(responseCode = "422", description = "Content does not match X-Content-SHA256 (CHECKSUM_MISMATCH)")
    public RestResponse<DocumentView> storeDocument(@PathParam("id") UUID id,
            @Parameter(required = true) @QueryParam("kind") ProjectDocument.Kind kind,
            @Parameter(required = true, example = "验收报告.pdf") @QueryParam("fileName") String fileName,
            @HeaderParam("Content-Type") String contentType,
            @Parameter(in = ParameterIn.HEADER, name = "X-Content-SHA256", description = "SHA-256 of the body, hex") @HeaderParam("X-Content-SHA256") String sha256,
            byte[] content) {
        if (kind == null) {
            throw ProblemException.badRequest("VALIDATION_FAILED", PlatformText.PARAMETER_REQUIRED.with("kind"),
                    List.of(new Violation("kind", PlatformText.ONE_OF.with(List.of(ProjectDocument.Kind.values())), null)));
        }
        ProjectDocument d = projects.store(id, kind, fileName, contentType, sha256, content);
        return RestResponse.ResponseBuilder.<DocumentView>created(URI.create("/api/v1/repair-projects/" + id + "/documents/" + d.id))
                .entity(DocumentView.of(d)).build();
    }

    @GET
    @Path("/{id}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "getRepairDocumentContent", summary = "Download a project's document", description = "ETag is the content's SHA-256.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such project or document in your scope")
    public Response document(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        ProjectDocument d = projects.document(id, documentId);
        return Response.ok(d.content, d.contentType).header("ETag", "\"" + d.sha256 + "\"")
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(d.fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    private RestResponse<ProjectView> current(RepairProject p) {
        return RestResponse.ResponseBuilder.ok(projects.view(p)).header("ETag", Etags.of(p.version)).build();
    }
}
