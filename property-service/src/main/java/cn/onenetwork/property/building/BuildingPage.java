package cn.onenetwork.property.building;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of buildings; pass nextCursor back as cursor for the next page.")
public record BuildingPage(List<BuildingView> items, @Schema(description = "Absent on the last page.") String nextCursor) {
}
