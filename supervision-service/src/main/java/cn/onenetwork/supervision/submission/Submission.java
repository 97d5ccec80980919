package cn.onenetwork.supervision.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One version of a division's statistics report for a reporting year. Its snapshot, once written, never changes. */
@Entity
@Table(name = "statistics_submission")
public class Submission extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "division_code")
    public String divisionCode;

    @Column(name = "reporting_year")
    public int reportingYear;

    public int revision;

    @Enumerated(EnumType.STRING)
    public SubmissionStatus status;

    @Column(name = "prepared_by")
    public String preparedBy;

    @Column(name = "prepared_at")
    public OffsetDateTime preparedAt;

    @Column(name = "filled_by")
    public String filledBy;

    public String phone;

    @Column(name = "signed_off_by")
    public String signedOffBy;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_on")
    public LocalDate submittedOn;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "as_of")
    public LocalDate asOf;

    public String snapshot;

    @Column(name = "snapshot_sha256")
    public String snapshotSha256;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Column(name = "review_comments")
    public String reviewComments;

    @Version
    public long version;

    public boolean late() {
        return submittedOn != null && dueOn != null && submittedOn.isAfter(dueOn);
    }
}
