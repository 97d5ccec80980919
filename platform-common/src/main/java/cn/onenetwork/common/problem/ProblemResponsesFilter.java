package cn.onenetwork.common.problem;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Every error of every operation is an RFC 9457 problem: this filter says so in the document once,
 * instead of each operation repeating it. Resources state which errors they answer and why; the
 * filter adds the problem+json body to each, and 401/403/429/503 to every operation of the API.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        if (responses.getAPIResponse("401") == null) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse().description("Missing, expired or badly signed token"));
        }
        if (responses.getAPIResponse("403") == null) {
            responses.addAPIResponse("403", OASFactory.createAPIResponse().description("The role or scope does not allow this operation"));
        }
        if (responses.getAPIResponse("429") == null) {
            responses.addAPIResponse("429", OASFactory.createAPIResponse()
                    .description("Too many requests from this caller (gateway rate limit); retry after the Retry-After seconds"));
        }
        if (responses.getAPIResponse("503") == null) {
            responses.addAPIResponse("503", OASFactory.createAPIResponse()
                    .description("The service cannot reach its database for a moment; nothing was changed: retry after the Retry-After seconds"));
        }
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            if (entry.getKey().startsWith("4") || entry.getKey().startsWith("5")) {
                entry.getValue().setContent(problemContent());
            }
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        if (components.getSchemas() == null || !components.getSchemas().containsKey("FieldError")) {
            components.addSchema("FieldError", OASFactory.createSchema().type(List.of(SchemaType.OBJECT)).description("One rejected field of the request.")
                    .addProperty("field", text("Path of the field in the request, or the parameter name.", "creditCode"))
                    .addProperty("message", text("What is wrong with it.", "统一社会信用代码 check character is '4' but must be '3'"))
                    .addProperty("rejectedValue", text("The rejected value, as text, when it is safe to echo.", "91350100M000100Y44")));
        }
        if (!components.getSchemas().containsKey("Problem")) {
            components.addSchema("Problem", OASFactory.createSchema().type(List.of(SchemaType.OBJECT))
                    .description("RFC 9457 problem details (application/problem+json). `code` is stable and meant for machines.")
                    .addProperty("type", text("URI identifying the kind of problem.", "urn:one-network:problem:VALIDATION_FAILED"))
                    .addProperty("title", text("Short human summary of the kind of problem.", "Request validation failed"))
                    .addProperty("status", OASFactory.createSchema().type(List.of(SchemaType.INTEGER)).format("int32").description("HTTP status code.").example(400))
                    .addProperty("detail", text("Explanation specific to this occurrence.", "1 field is invalid"))
                    .addProperty("instance", text("The request path that produced the problem.", "/api/v1/agencies"))
                    .addProperty("code", text("Stable machine-readable code.", "VALIDATION_FAILED"))
                    .addProperty("requestId", text("Request id of the failed request, for support.", "7f1c2a9e-0d5b-4d7e-9a53-3f5b2b8c1e11"))
                    .addProperty("errors", OASFactory.createSchema().type(List.of(SchemaType.ARRAY)).description("Field violations.")
                            .items(OASFactory.createSchema().ref("#/components/schemas/FieldError"))));
        }
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema().type(List.of(SchemaType.STRING)).description(description).example(example);
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }
}
