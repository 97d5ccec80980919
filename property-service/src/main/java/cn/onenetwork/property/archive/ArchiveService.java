package cn.onenetwork.property.archive;

import cn.onenetwork.property.i18n.PropertyText;
import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.document.DocumentUploads;
import cn.onenetwork.common.document.DocumentUploads.Checked;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.property.archive.ArchiveDocument.DocumentKind;
import cn.onenetwork.property.archive.ArchiveDocument.OwnerType;
import cn.onenetwork.property.building.BuildingService;
import cn.onenetwork.property.building.Floor;
import cn.onenetwork.property.parcel.ParcelService;
import cn.onenetwork.property.title.TitleService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class ArchiveService {

    @Inject
    PlatformClockProvider clock;

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
        Checked checked = DocumentUploads.check(contentType, content, fileName, expectedSha256, contentTypes, maxBytes);
        ArchiveDocument document = new ArchiveDocument();
        document.id = UUID.randomUUID();
        document.ownerType = ownerType;
        document.ownerId = ownerId;
        document.divisionCode = division;
        document.kind = kind;
        document.fileName = checked.fileName();
        document.contentType = checked.contentType();
        document.sizeBytes = content.length;
        document.sha256 = checked.sha256();
        document.content = content;
        document.uploadedBy = scope.subject();
        document.uploadedAt = clock.now();
        document.persist();
        audit.record("document.stored", ownerType.name().toLowerCase(Locale.ROOT), ownerId, document.fileName + " " + document.sha256);
        return document;
    }

    public ArchiveDocument visible(UUID id) {
        ArchiveDocument document = id == null ? null : ArchiveDocument.findById(id);
        if (document == null || !scope.canSeeDivision(document.divisionCode)) {
            throw ProblemException.notFound(PropertyText.KIND_DOCUMENT, id);
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
                    throw ProblemException.notFound(PropertyText.KIND_FLOOR, ownerId);
                }
                yield buildings.visible(floor.buildingId).divisionCode;
            }
            case TITLE -> titles.visible(ownerId).divisionCode;
        };
    }
}
