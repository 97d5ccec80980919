package cn.onenetwork.supervision.submission;

import static jakarta.ws.rs.core.HttpHeaders.IF_MATCH;

import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.Role;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.supervision.submission.SubmissionViews.Changes;
import cn.onenetwork.supervision.submission.SubmissionViews.LateList;
import cn.onenetwork.supervision.submission.SubmissionViews.PrepareRequest;
import cn.onenetwork.supervision.submission.SubmissionViews.ReturnRequest;
import cn.onenetwork.supervision.submission.SubmissionViews.Rollup;
import cn.onenetwork.supervision.submission.SubmissionViews.SubmissionPage;
import cn.onenetwork.supervision.submission.SubmissionViews.SubmissionView;
import cn.onenetwork.supervision.submission.SubmissionViews.SubmitRequest;
import cn.onenetwork.supervision.submission.SubmissionViews.Verification;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/statistics-submissions")
@Tag(name = "Statistics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
public class SubmissionResource {

    @Inject
    SubmissionService submissions;

    @Inject
    RollupService rollups;

    @Inject
    CallerScope scope;

    @Inject
    PlatformClockProvider clock;

    @POST
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "prepareStatisticsSubmission", summary = "Prepare your division's statistics report for a reporting year",
            description = "A draft of your own level's report (本级: each bureau fills only its own level). Its figures stay live until it is submitted. "
                    + "After a return, preparing again opens the next revision.")
    @APIResponse(responseCode = "201", description = "Prepared", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not a bureau")
    @APIResponse(responseCode = "404", description = "Your division is not known to supervision yet")
    @APIResponse(responseCode = "409", description = "The year already has a draft, submitted or accepted report (SUBMISSION_EXISTS)")
    @APIResponse(responseCode = "422", description = "The reporting year has not begun (REPORTING_YEAR_AHEAD)")
    public RestResponse<SubmissionView> prepare(@Valid @NotNull PrepareRequest request) {
        SubmissionView view = submissions.prepare(request.reportingYear());
        return RestResponse.ResponseBuilder.<SubmissionView>created(URI.create("/api/v1/statistics-submissions/" + view.id())).entity(view)
                .header("ETag", Etags.of(view.version())).build();
    }

    @GET
    @Operation(operationId = "listStatisticsSubmissions", summary = "Submissions of your division and those below it",
            description = "Every revision, newest year first; filter by year, division (its subtree) and state.")
    @APIResponse(responseCode = "200", description = "The submissions")
    @APIResponse(responseCode = "400", description = "A malformed parameter")
    @APIResponse(responseCode = "404", description = "The division is outside your scope")
    public SubmissionPage list(@Parameter(example = "2025") @QueryParam("reportingYear") Integer reportingYear,
            @Parameter(description = "A division of your subtree; yours when absent", example = "640104") @QueryParam("divisionCode") String divisionCode,
            @QueryParam("status") SubmissionStatus status) {
        return new SubmissionPage(submissions.list(reportingYear, divisionCode, status));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStatisticsSubmission", summary = "Read one submission", description = "With its ETag.")
    @APIResponse(responseCode = "200", description = "The submission")
    @APIResponse(responseCode = "404", description = "No such submission in your scope")
    public RestResponse<SubmissionView> get(@PathParam("id") UUID id) {
        return current(submissions.get(id));
    }

    @POST
    @Path("/{id}/submission")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "submitStatisticsSubmission", summary = "Sign off and submit the report to the level above",
            description = "Records who filled it and who signed it off, and freezes the snapshot: the tables as of the reporting year's last day (or today, "
                    + "while the year runs) and the rolled-up figures, as canonical JSON with its SHA-256. Nothing the registry does later changes it.")
    @APIResponse(responseCode = "200", description = "Submitted")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not the bureau of the report's division")
    @APIResponse(responseCode = "404", description = "No such submission in your scope")
    @APIResponse(responseCode = "409", description = "Not a draft (SUBMISSION_STATE)")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<SubmissionView> submit(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = IF_MATCH,
            description = "The ETag you read", example = "\"0\"") @HeaderParam(IF_MATCH) String ifMatch, @Valid @NotNull SubmitRequest request) {
        return current(submissions.submit(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/acceptance")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "acceptStatisticsSubmission", summary = "Accept a report submitted by a division one level below",
            description = "The level above checks and accepts; its roll-up then takes the snapshot's figures as accepted.")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "403", description = "Not the bureau one level above the report's division (NOT_THE_LEVEL_ABOVE)")
    @APIResponse(responseCode = "404", description = "No such submission in your scope")
    @APIResponse(responseCode = "409", description = "Not awaiting review (SUBMISSION_STATE)")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<SubmissionView> accept(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = IF_MATCH,
            description = "The ETag you read", example = "\"1\"") @HeaderParam(IF_MATCH) String ifMatch) {
        return current(submissions.accept(id, ifMatch));
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "returnStatisticsSubmission", summary = "Return a report to its division with comments",
            description = "The revision stays as submitted; the division prepares and submits the next one.")
    @APIResponse(responseCode = "200", description = "Returned")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not the bureau one level above the report's division (NOT_THE_LEVEL_ABOVE)")
    @APIResponse(responseCode = "404", description = "No such submission in your scope")
    @APIResponse(responseCode = "409", description = "Not awaiting review (SUBMISSION_STATE)")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<SubmissionView> returnToDivision(@PathParam("id") UUID id, @Parameter(in = ParameterIn.HEADER, name = IF_MATCH,
            description = "The ETag you read", example = "\"1\"") @HeaderParam(IF_MATCH) String ifMatch, @Valid @NotNull ReturnRequest request) {
        return current(submissions.returnToDivision(id, ifMatch, request.comments()));
    }

    @GET
    @Path("/{id}/snapshot")
    @Operation(operationId = "getStatisticsSnapshot", summary = "The frozen snapshot, byte for byte",
            description = "The canonical JSON frozen on submission (a SubmittedReport); its SHA-256 is the submission's snapshotSha256 and the Digest header.")
    @APIResponse(responseCode = "200", description = "The snapshot", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubmissionViews.SubmittedReport.class)))
    @APIResponse(responseCode = "404", description = "No such submission in your scope")
    @APIResponse(responseCode = "409", description = "A draft has no snapshot (NOT_SUBMITTED)")
    public Response snapshot(@PathParam("id") UUID id) {
        Submission s = submissions.frozen(id);
        return Response.ok(s.snapshot, MediaType.APPLICATION_JSON + ";charset=UTF-8").header("Repr-Digest", "sha-256=:" + java.util.Base64.getEncoder()
                .encodeToString(java.util.HexFormat.of().parseHex(s.snapshotSha256)) + ":").build();
    }

    @GET
    @Path("/{id}/verification")
    @Operation(operationId = "verifyStatisticsSnapshot", summary = "Check the snapshot against the SHA-256 recorded on submission",
            description = "Computes the stored snapshot's SHA-256 again and compares it with the one recorded when it was frozen.")
    @APIResponse(responseCode = "200", description = "The verification")
    @APIResponse(responseCode = "404", description = "No such submission in your scope")
    @APIResponse(responseCode = "409", description = "A draft has no snapshot (NOT_SUBMITTED)")
    public Verification verify(@PathParam("id") UUID id) {
        return submissions.verify(id);
    }

    @GET
    @Path("/{id}/changes")
    @Operation(operationId = "getStatisticsSnapshotChanges", summary = "What changed in the live figures since the report was submitted",
            description = "Row by row (a building and its unit, a technical building, a project) and field by field, the snapshot against today's tables.")
    @APIResponse(responseCode = "200", description = "The changes")
    @APIResponse(responseCode = "404", description = "No such submission in your scope")
    @APIResponse(responseCode = "409", description = "A draft has no snapshot (NOT_SUBMITTED)")
    public Changes changes(@PathParam("id") UUID id) {
        return submissions.changes(id);
    }

    @GET
    @Path("/late")
    @Operation(operationId = "listLateStatisticsSubmissions", summary = "The divisions below yours that are late for a reporting year",
            description = "Each division one level below yours that has not submitted by its deadline in force, or submitted after it, with the days late.")
    @APIResponse(responseCode = "200", description = "The late divisions")
    @APIResponse(responseCode = "400", description = "A malformed or missing year")
    public LateList late(@Parameter(required = true, example = "2025") @QueryParam("reportingYear") @NotNull @Min(2000) @Max(2100) Integer reportingYear) {
        return submissions.late(reportingYear);
    }

    @GET
    @Path("/rollup")
    @Operation(operationId = "getStatisticsRollup", summary = "A division's rolled-up figures for a reporting year",
            description = "Its own level's figures plus each child division's: the child's submitted snapshot (accepted, or awaiting review) or, until it "
                    + "submits, its live figures down its own subtree, marked LIVE. As of the year's last day, or today while the year runs.")
    @APIResponse(responseCode = "200", description = "The roll-up")
    @APIResponse(responseCode = "400", description = "A malformed parameter or a missing year")
    @APIResponse(responseCode = "404", description = "No such division in your scope")
    public Rollup rollup(@Parameter(description = "A division of your subtree; yours when absent", example = "640100") @QueryParam("divisionCode") String divisionCode,
            @Parameter(required = true, example = "2025") @QueryParam("reportingYear") @NotNull @Min(2000) @Max(2100) Integer reportingYear) {
        String division = scope.divisionInScope(divisionCode);
        return rollups.rollup(division, reportingYear, SubmissionService.asOf(reportingYear, clock.today()));
    }

    private static RestResponse<SubmissionView> current(SubmissionView view) {
        return RestResponse.ResponseBuilder.ok(view).header("ETag", Etags.of(view.version())).build();
    }
}
