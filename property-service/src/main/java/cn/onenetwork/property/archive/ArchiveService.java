package cn.onenetwork.property.archive;

import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.problem.FieldError;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.property.archive.ArchiveDocument.DocumentKind;
import cn.onenetwork.property.archive.ArchiveDocument.OwnerType;
import cn.onenetwork.property.building.BuildingService;
import cn.onenetwork.property.building.Floor;
import cn.onenetwork.property.parcel.ParcelService;
import cn.onenetwork.property.title.TitleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class ArchiveService {

    @Inject
    CallerScope scope;

    @Inject
    ParcelService parcels;

    @Inject
    BuildingService buildings;

    @Inject
    TitleService titles;

    @Inject
    AuditTrail audit;

    @ConfigProperty(name = "onenetwork.archive.max-bytes")
    long maxBytes;

    @ConfigProperty(name = "onenetwork.archive.content-types")
    List<String> contentTypes;

    @Transactional
    public ArchiveDocument store(OwnerType ownerType, UUID ownerId, DocumentKind kind, String fileName, String contentType, String expectedSha256,
            byte[] content) {
        String division = ownerDivision(ownerType, ownerId);
        scope.requireOwnLevel(division);
        String type = DocumentTypes.of(contentType, content);
        if (!contentTypes.contains(type)) {
            throw new ProblemException(415, "UNSUPPORTED_DOCUMENT_TYPE", "Unsupported media type",
                    "Documents may be " + contentTypes + ", not '" + type + "'");
        }
        if (content == null || content.length == 0) {
            throw ProblemException.badRequest("EMPTY_DOCUMENT", "The document has no content", List.of(new FieldError("body", "is empty", null)));
        }
        if (content.length > maxBytes) {
            throw new ProblemException(413, "DOCUMENT_TOO_LARGE", "Payload too large",
                    "The document has " + content.length + " bytes; at most " + maxBytes + " are accepted");
        }
        if (fileName == null || fileName.isBlank() || fileName.length() > 200 || fileName.contains("/") || fileName.contains("\\")) {
            throw ProblemException.badRequest("VALIDATION_FAILED", "A file name is needed",
                    List.of(new FieldError("fileName", "1 to 200 characters, no path", fileName)));
        }
        String sha256 = sha256(content);
        if (expectedSha256 != null && !expectedSha256.equalsIgnoreCase(sha256)) {
            throw ProblemException.businessRule("CHECKSUM_MISMATCH", "The content's SHA-256 is " + sha256 + ", not " + expectedSha256
                    + ": the upload was damaged; send it again");
        }
        ArchiveDocument document = new ArchiveDocument();
        document.id = UUID.randomUUID();
        document.ownerType = ownerType;
        document.ownerId = ownerId;
        document.divisionCode = division;
        document.kind = kind;
        document.fileName = fileName.strip();
        document.contentType = type;
        document.sizeBytes = content.length;
        document.sha256 = sha256;
        document.content = content;
        document.uploadedBy = scope.subject();
        document.uploadedAt = OffsetDateTime.now();
        document.persist();
        audit.record("document.stored", ownerType.name().toLowerCase(Locale.ROOT), ownerId, document.fileName + " " + sha256);
        return document;
    }

    public ArchiveDocument visible(UUID id) {
        ArchiveDocument document = id == null ? null : ArchiveDocument.findById(id);
        if (document == null || !scope.canSeeDivision(document.divisionCode)) {
            throw ProblemException.notFound("Document", id);
        }
        // A user unit reads the documents of what is in its sub-ledger; the owner's check answers not found otherwise.
        if (scope.isAgencyUser()) {
            ownerDivision(document.ownerType, document.ownerId);
        }
        return document;
    }

    public List<DocumentView> list(OwnerType ownerType, UUID ownerId) {
        ownerDivision(ownerType, ownerId);
        return ArchiveDocument.<ArchiveDocument>list("ownerType = ?1 and ownerId = ?2 order by uploadedAt", ownerType, ownerId).stream()
                .map(DocumentView::of).toList();
    }

    /** The owner's division, if the caller may see the owner; otherwise not found. */
    private String ownerDivision(OwnerType ownerType, UUID ownerId) {
        return switch (ownerType) {
            case PARCEL -> parcels.visible(ownerId).divisionCode;
            case BUILDING -> buildings.visible(ownerId).divisionCode;
            case FLOOR -> {
                Floor floor = ownerId == null ? null : Floor.findById(ownerId);
                if (floor == null) {
                    throw ProblemException.notFound("Floor", ownerId);
                }
                yield buildings.visible(floor.buildingId).divisionCode;
            }
            case TITLE -> titles.visible(ownerId).divisionCode;
        };
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
