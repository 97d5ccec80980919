package cn.onenetwork.property.room;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of rooms; pass nextCursor back as cursor for the next page.")
public record RoomPage(List<RoomView> items, @Schema(description = "Absent on the last page.") String nextCursor) {
}
