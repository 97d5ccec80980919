package cn.onenetwork.maintenance.repair;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document or photo of a repair project; the content is loaded only when asked for. */
@Entity
@Table(name = "project_document")
public class ProjectDocument extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public OffsetDateTime uploadedAt;

    @Schema(name = "ProjectDocumentKind", description = "PHOTO 现场照片, APPRAISAL 检查鉴定报告, APPROVAL 立项批复, DRAWING 设计图纸, CONTRACT 合同, ACCEPTANCE 竣工验收资料, OTHER 其他")
    public enum Kind {
        PHOTO, APPRAISAL, APPROVAL, DRAWING, CONTRACT, ACCEPTANCE, OTHER
    }
}
