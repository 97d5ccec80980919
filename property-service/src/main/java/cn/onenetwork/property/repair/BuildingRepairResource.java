package cn.onenetwork.property.repair;

import cn.onenetwork.common.scope.Role;
import cn.onenetwork.property.building.BuildingService;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/buildings/{id}/repairs")
@Tag(name = "Buildings")
@Produces(MediaType.APPLICATION_JSON)
public class BuildingRepairResource {

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "ArchivedRepairDocument", description = "The fingerprint of an acceptance document; the file is kept with the project in maintenance-service.")
    public record DocumentReference(UUID id, @Schema(examples = "验收报告.pdf") String fileName, String contentType, Long sizeBytes, String sha256) {
    }

    @Schema(name = "BuildingRepair", requiredProperties = {"projectId", "number", "repairClass", "rooms", "acceptanceDocuments"},
            description = "A repair of the building as maintenance reported it: when the works ran, which rooms were under repair, and the acceptance record; "
                    + "a routine repair with the day it was reported done.")
    public record RepairView(UUID projectId, @Schema(examples = "640104-WX-2026-0001") String number, @Schema(examples = "MAJOR") String repairClass,
            @Schema(description = "实施 of a medium or major repair; absent for a routine one") LocalDate startedOn,
            @Schema(description = "竣工验收, or the day a routine repair was done; absent while the works last") LocalDate completedOn,
            @Schema(description = "Rooms under repair during the works") List<UUID> rooms, List<DocumentReference> acceptanceDocuments) {
    }

    private static final TypeReference<List<DocumentReference>> DOCUMENTS = new TypeReference<>() { };

    @Inject
    BuildingService buildings;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @GET
    @RolesAllowed({Role.BUREAU_ADMIN, Role.AUDITOR, Role.AGENCY_USER})
    @Operation(operationId = "listBuildingRepairs", summary = "List the repairs maintenance reported for a building",
            description = "Newest first: started and accepted medium and major repairs, the rooms they took out of use and their acceptance documents, "
                    + "and routine repairs reported done.")
    @APIResponse(responseCode = "200", description = "The building's repairs")
    @APIResponse(responseCode = "404", description = "No such building in your scope")
    public List<RepairView> list(@PathParam("id") UUID id) {
        buildings.visible(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT r.project_id, r.number, r.repair_class, r.started_on, r.completed_on, r.acceptance_documents,
                       array_to_string(ARRAY(SELECT w.room_id::text FROM room_under_repair w WHERE w.project_id = r.project_id ORDER BY w.room_id), ',')
                FROM building_repair r WHERE r.building_id = ?1 ORDER BY coalesce(r.started_on, r.completed_on) DESC, r.number
                """).setParameter(1, id).getResultList();
        return rows.stream().map(r -> new RepairView((UUID) r[0], (String) r[1], (String) r[2], (LocalDate) r[3], (LocalDate) r[4], rooms((String) r[6]),
                documents((String) r[5]))).toList();
    }

    private List<DocumentReference> documents(String text) {
        try {
            return text == null ? List.of() : json.readValue(text, DOCUMENTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<UUID> rooms(String text) {
        return text == null || text.isEmpty() ? List.of() : java.util.Arrays.stream(text.split(",")).map(UUID::fromString).toList();
    }
}
