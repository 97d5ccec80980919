package cn.onenetwork.property.staff;

import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.scope.Role;
import cn.onenetwork.property.sheet.Sheet;
import cn.onenetwork.property.sheet.SheetFormat;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.DefaultValue;
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
import cn.onenetwork.property.staff.StaffApi.ConcurrentPostEnd;
import cn.onenetwork.property.staff.StaffApi.ConcurrentPostInput;
import cn.onenetwork.property.staff.StaffApi.ConcurrentPostPage;
import cn.onenetwork.property.staff.StaffApi.ConcurrentPostView;
import cn.onenetwork.property.staff.StaffApi.PersonInput;
import cn.onenetwork.property.staff.StaffApi.PersonPage;
import cn.onenetwork.property.staff.StaffApi.PersonView;
import cn.onenetwork.property.staff.StaffApi.SeatPage;

@Path("/api/v1/people")
@Tag(name = "Staff", description = "人员、兼职与座位 staff, concurrent posts and seats")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {

    @Inject
    StaffService staff;

    @Inject
    StaffImportService imports;

    @GET
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "listPeople", summary = "List the staff in your scope",
            description = "Staff of your scope, by id; a user unit sees its own people. Filter by agency or find by any part of the name or position (q).")
    @APIResponse(responseCode = "200", description = "A page of people")
    @APIResponse(responseCode = "400", description = "Bad cursor or limit")
    public PersonPage list(@Parameter(description = "Only staff of this agency") @QueryParam("agencyId") UUID agencyId,
            @Parameter(description = "Text to find, as typed: any part of the name or the position (case-insensitive; three or more characters are served by the search index)", example = "王建国") @QueryParam("q") String q,
            @Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("limit") Integer limit) {
        return staff.list(agencyId, q, cursor, limit);
    }

    @GET
    @Path("/export")
    @Produces({Sheet.CSV, Sheet.XLSX, Sheet.ANY_FOR_DOWNLOAD})
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR})
    @Operation(operationId = "exportPeople", summary = "Export the staff in your scope as a CSV or XLSX sheet",
            description = "The columns of the import sheet under their Chinese headers, with each person's id: edit the file and import it again to update them.")
    @APIResponse(responseCode = "200", description = "The sheet", content = {
            @Content(mediaType = Sheet.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Sheet.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Unknown format")
    public Response export(@Parameter(description = "Only staff of this agency") @QueryParam("agencyId") UUID agencyId,
            @Parameter(description = "CSV (default) or XLSX; lower case is accepted too") @QueryParam("format") @DefaultValue("CSV") SheetFormat format) {
        return Sheet.download(format, "staff", StaffSheet.SHEET, imports.exportRows(agencyId));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "getPerson", summary = "Read one person",
            description = "One member of staff. ETag carries its version, for a change of rank, transfer or retirement with If-Match.")
    @APIResponse(responseCode = "200", description = "The person; ETag carries the version")
    @APIResponse(responseCode = "404", description = "No such person in your scope")
    public RestResponse<PersonView> get(@PathParam("id") UUID id) {
        Person person = staff.visible(id);
        return RestResponse.ResponseBuilder.ok(PersonView.of(person)).header("ETag", Etags.of(person.version)).build();
    }

    @POST
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "registerPerson", summary = "Register a member of staff of an agency of your division",
            description = "Registers a member of staff (人员) of an agency of your division with a rank of the agency's level; seat them with assignSeat.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "Agency not in your scope")
    @APIResponse(responseCode = "422", description = "Rank not of the agency's level")
    public RestResponse<PersonView> register(@Valid @NotNull PersonInput input) {
        Person person = staff.register(input);
        return RestResponse.ResponseBuilder.<PersonView>created(URI.create("/api/v1/people/" + person.id)).entity(PersonView.of(person))
                .header("ETag", Etags.of(person.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "updatePerson", summary = "Change a person: rank, post, transfer or retirement",
            description = "A transfer or retirement starts the vacating deadline. Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Changed; ETag carries the new version")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such person in your scope")
    @APIResponse(responseCode = "409", description = "Changed concurrently")
    @APIResponse(responseCode = "422", description = "Rank not of the agency's level")
    public RestResponse<PersonView> update(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag you read", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PersonInput input) {
        Person person = staff.update(id, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(PersonView.of(person)).header("ETag", Etags.of(person.version)).build();
    }

    @GET
    @Path("/{id}/seats")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "listPersonSeats", summary = "Where a person sits: their offices",
            description = "The person's open seats (所用办公室), or every seat they ever had with current=false, oldest first by id.")
    @APIResponse(responseCode = "200", description = "A page of seats")
    @APIResponse(responseCode = "400", description = "Bad cursor or limit")
    @APIResponse(responseCode = "404", description = "No such person in your scope")
    public SeatPage seats(@PathParam("id") UUID id,
            @Parameter(description = "Only seats still held (default true)") @QueryParam("current") @DefaultValue("true") boolean current,
            @Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("limit") Integer limit) {
        return staff.seatsOfPerson(id, current, cursor, limit);
    }

    @GET
    @Path("/{id}/concurrent-posts")
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "listConcurrentPosts", summary = "A person's concurrent posts (兼职), ended ones included",
            description = "Every concurrent post (兼职) recorded for the person, with its approval and, once ended, the end date and reason.")
    @APIResponse(responseCode = "200", description = "A page of concurrent posts")
    @APIResponse(responseCode = "400", description = "Bad cursor or limit")
    @APIResponse(responseCode = "404", description = "No such person in your scope")
    public ConcurrentPostPage concurrentPosts(@PathParam("id") UUID id,
            @Parameter(description = "Cursor from the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1 to 500 (default 50)", example = "50") @QueryParam("limit") Integer limit) {
        return staff.concurrentPosts(id, cursor, limit);
    }

    @POST
    @Path("/{id}/concurrent-posts/{postId}/end")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "endConcurrentPost", summary = "Record that a concurrent post ended",
            description = "The office the post allowed must be vacated within the period in force (2 months) from the end date; the person "
                    + "is rechecked at once. Send the post's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "Ended; ETag carries the new version")
    @APIResponse(responseCode = "400", description = "Invalid fields, or an end before the start")
    @APIResponse(responseCode = "404", description = "No such person or post in your scope")
    @APIResponse(responseCode = "409", description = "Changed concurrently")
    public RestResponse<ConcurrentPostView> endConcurrentPost(@PathParam("id") UUID id, @PathParam("postId") UUID postId,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The post's ETag", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ConcurrentPostEnd input) {
        ConcurrentPost post = staff.endConcurrentPost(id, postId, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(ConcurrentPostView.of(post)).header("ETag", Etags.of(post.version)).build();
    }

    @POST
    @Path("/{id}/concurrent-posts")
    @RolesAllowed(Role.BUREAU_ADMIN)
    @Operation(operationId = "addConcurrentPost", summary = "Record a concurrent post (兼职) of a person",
            description = "Records a post the person holds in another unit. An approved post allows one more office, which must be vacated within two months after the post ends.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConcurrentPostView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "Person or agency not in your scope")
    @APIResponse(responseCode = "422", description = "The post is in the person's own agency")
    public RestResponse<ConcurrentPostView> addConcurrentPost(@PathParam("id") UUID id, @Valid @NotNull ConcurrentPostInput input) {
        ConcurrentPost post = staff.addConcurrentPost(id, input);
        return RestResponse.ResponseBuilder.<ConcurrentPostView>created(URI.create("/api/v1/people/" + id + "/concurrent-posts"))
                .entity(ConcurrentPostView.of(post)).header("ETag", Etags.of(post.version)).build();
    }
}
