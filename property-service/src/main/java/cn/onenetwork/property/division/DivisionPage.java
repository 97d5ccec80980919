package cn.onenetwork.property.division;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of divisions; pass nextCursor back as cursor for the next page.")
public record DivisionPage(List<DivisionView> items, @Schema(description = "Absent on the last page.") String nextCursor) {
}
