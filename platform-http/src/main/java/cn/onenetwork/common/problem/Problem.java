package cn.onenetwork.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document with the platform's stable {@code code} and field errors. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", requiredProperties = {"type", "title", "status", "code"}, description = "RFC 9457 problem details (application/problem+json). `code` is stable and meant for machines.")
public record Problem(
        @Schema(description = "URI identifying the kind of problem.", examples = "urn:one-network:problem:VALIDATION_FAILED")
        String type,
        @Schema(description = "Short human summary of the kind of problem.", examples = "Request validation failed")
        String title,
        @Schema(description = "HTTP status code.", examples = "400")
        int status,
        @Schema(description = "Explanation specific to this occurrence.", examples = "2 fields are invalid")
        String detail,
        @Schema(description = "The request path that produced the problem.", examples = "/api/v1/agencies")
        String instance,
        @Schema(description = "Stable machine-readable code.", examples = "VALIDATION_FAILED")
        String code,
        @Schema(description = "Request id of the failed request, for support.", examples = "7f1c2a9e-0d5b-4d7e-9a53-3f5b2b8c1e11")
        String requestId,
        @Schema(description = "Field violations, when the request was rejected field by field.")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static String typeFor(String code) {
        return "urn:one-network:problem:" + code;
    }
}
