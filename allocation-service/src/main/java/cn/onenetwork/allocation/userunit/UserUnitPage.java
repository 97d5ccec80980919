package cn.onenetwork.allocation.userunit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of user units; pass nextCursor back as cursor for the next page.")
public record UserUnitPage(List<UserUnitView> items, @Schema(description = "Absent on the last page.") String nextCursor) {
}
