package cn.onenetwork.property.archive;

import cn.onenetwork.property.archive.ArchiveDocument.DocumentKind;
import cn.onenetwork.property.archive.ArchiveDocument.OwnerType;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArchiveDocument", requiredProperties = {"id", "ownerType", "ownerId", "divisionCode", "kind", "fileName", "contentType", "sizeBytes", "sha256", "uploadedBy", "uploadedAt"}, description = "档案 a document's metadata. Kinds: CERTIFICATE 权属证书, DRAWING 图纸, FLOOR_PLAN 平面图, "
        + "APPROVAL 批复文件, SURVEY 测绘成果, OTHER 其他; owners: BUILDING, FLOOR, TITLE.")
public record DocumentView(UUID id, OwnerType ownerType, UUID ownerId, String divisionCode, DocumentKind kind,
        @Schema(examples = "3层平面图.pdf") String fileName, @Schema(examples = "application/pdf") String contentType,
        @Schema(examples = "482133") long sizeBytes, @Schema(description = "SHA-256 of the content, hex", examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        String uploadedBy, OffsetDateTime uploadedAt) {

    static DocumentView of(ArchiveDocument d) {
        return new DocumentView(d.id, d.ownerType, d.ownerId, d.divisionCode, d.kind, d.fileName, d.contentType, d.sizeBytes, d.sha256,
                d.uploadedBy, d.uploadedAt);
    }
}
