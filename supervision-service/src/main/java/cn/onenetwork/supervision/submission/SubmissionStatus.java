package cn.onenetwork.supervision.submission;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a version of a statistics report stands. */
@Schema(name = "SubmissionStatus", description = "报送状态 of a statistics report.")
public enum SubmissionStatus {
    DRAFT, SUBMITTED, ACCEPTED, RETURNED
}
