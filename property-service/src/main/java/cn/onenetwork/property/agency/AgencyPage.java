package cn.onenetwork.property.agency;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of agencies; pass nextCursor back as cursor for the next page.")
public record AgencyPage(List<AgencyView> items, @Schema(description = "Absent on the last page.") String nextCursor) {
}
