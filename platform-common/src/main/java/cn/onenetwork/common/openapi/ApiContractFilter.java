package cn.onenetwork.common.openapi;

import cn.onenetwork.common.problem.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The conventions every operation of the API shares, written into the document once instead of on each operation
 * (docs/api-conventions.md):
 * <ul>
 * <li>every error is an RFC 9457 problem; 401, 403, 429 and 503 are answered by every operation, 415 by every operation
 * that takes a body, 400 by every operation (a parameter it refuses, or a URL no operation accepts: a NUL character, an
 * encoded dot-segment, a malformed percent-escape, answered before any route is chosen);</li>
 * <li>an operation with an {@code If-Match} header requires it and answers 412 and 428; a 2xx answer whose body is a
 * versioned resource (a {@code version} property) carries its {@code ETag}; 429 and 503 carry {@code Retry-After};</li>
 * <li>dates ({@code format: date}) are plain {@code yyyy-MM-dd} strings, so that no generated client turns them into
 * an instant and shifts them by its time zone;</li>
 * <li>a parameter whose schema is a single {@code allOf} reference is that reference, so that generators type it;</li>
 * <li>a page ({@code items} and {@code nextCursor}) always has its items;</li>
 * <li>a JSON request body shows an example, composed from its fields' examples where the operation gives none.</li>
 * </ul>
 */
public class ApiContractFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String IF_MATCH = "If-Match";
    static final String DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        addProblemSchemas(components);
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(ApiContractFilter::plainDates);
            components.getSchemas().values().forEach(ApiContractFilter::pageItemsRequired);
            EnumLabels labels = EnumLabels.load(Thread.currentThread().getContextClassLoader());
            if (labels != null) {
                components.getSchemas().forEach(labels::describe);
            }
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                conventions(operation, components);
                exampleBody(operation, components);
            }
        }
    }

    /**
     * A JSON request body without an example gets one composed from the examples its schema's fields carry (the
     * classes' {@code @Schema(examples)}), so that every operation shows a request an integrator can start from.
     */
    private static void exampleBody(Operation operation, Components components) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        MediaType json = operation.getRequestBody().getContent().getMediaType("application/json");
        if (json != null && json.getExample() == null && (json.getExamples() == null || json.getExamples().isEmpty()) && json.getSchema() != null) {
            Object example = example(json.getSchema(), components, 0);
            if (example != null) {
                json.setExample(example);
            }
        }
    }

    private static Object example(Schema schema, Components components, int depth) {
        if (schema.getRef() != null) {
            Schema target = components.getSchemas() == null ? null : components.getSchemas().get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
            return target == null || depth > 6 ? null : example(target, components, depth + 1);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        if (schema.getAllOf() != null) {
            for (Schema part : schema.getAllOf()) {
                Object value = example(part, components, depth + 1);
                if (value != null) {
                    return value;
                }
            }
        }
        if (schema.getProperties() != null) {
            Map<String, Object> object = new LinkedHashMap<>();
            schema.getProperties().forEach((name, property) -> {
                Object value = example(property, components, depth + 1);
                if (value != null) {
                    object.put(name, value);
                }
            });
            return object.isEmpty() ? null : object;
        }
        if (schema.getItems() != null) {
            Object item = example(schema.getItems(), components, depth + 1);
            return item == null ? null : List.of(item);
        }
        if ("uuid".equals(schema.getFormat())) {
            return "5b7f6f5e-3f1c-4a51-9a36-2d0c7d6c4e01";
        }
        if (schema.getType() != null && schema.getType().contains(SchemaType.BOOLEAN)) {
            return Boolean.TRUE;
        }
        return null;
    }

    /** The extension that marks an operation anyone may call without a token; the gateway lists those routes explicitly. */
    public static final String ANONYMOUS = "x-anonymous";

    private static void conventions(Operation operation, Components components) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        if (operation.getExtensions() != null && operation.getExtensions().containsKey(ANONYMOUS)) {
            // A public route (certificate verification): no token, so neither 401 nor 403, and no security requirement.
            operation.setSecurity(new ArrayList<>());
        } else {
            addIfAbsent(responses, "401", "Missing, expired or badly signed token");
            addIfAbsent(responses, "403", "The role or scope does not allow this operation");
        }
        addIfAbsent(responses, "429", "Too many requests from this caller (gateway rate limit); retry after the Retry-After seconds");
        addIfAbsent(responses, "503", "The service cannot reach its database for a moment; nothing was changed: retry after the Retry-After seconds");
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "415", "The Content-Type is not one this operation accepts");
        }
        boolean conditional = false;
        // Every URL is checked before routing (StrictParameters, HttpLayerProblems), so every operation can answer 400.
        addIfAbsent(responses, "400", "A parameter has a value that is not accepted, or the URL holds a NUL character, an encoded dot-segment or a "
                + "malformed percent-escape (INVALID_PARAMETER or MALFORMED_REQUEST names it)");
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if (parameter.getIn() == Parameter.In.HEADER && IF_MATCH.equalsIgnoreCase(parameter.getName())) {
                    parameter.setRequired(true);
                    conditional = true;
                }
                unwrapSingleReference(parameter);
                if (parameter.getSchema() != null) {
                    plainDates(parameter.getSchema());
                }
            }
        }
        if (conditional) {
            addIfAbsent(responses, "412", "If-Match does not name the current version: read the record again");
            addIfAbsent(responses, "428", "If-Match is missing");
        }
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            String status = entry.getKey();
            APIResponse response = entry.getValue();
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(problemContent());
            }
            if (status.equals("429") || status.equals("503")) {
                response.addHeader("Retry-After", header("Seconds to wait before retrying", SchemaType.INTEGER));
            }
            if (status.startsWith("2") && versioned(response, components)) {
                response.addHeader("ETag", header("The version of the record, to send back in If-Match", SchemaType.STRING));
            }
        }
    }

    /** A page always has its items (perhaps none); only nextCursor is absent, on the last page. */
    private static void pageItemsRequired(Schema schema) {
        if (schema.getProperties() != null && schema.getProperties().containsKey("items") && schema.getProperties().containsKey("nextCursor")
                && (schema.getRequired() == null || !schema.getRequired().contains("items"))) {
            schema.addRequired("items");
        }
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        if (responses.getAPIResponse(status) == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    /** A response whose JSON body is a component with a {@code version} property: a record read or written with its ETag. */
    private static boolean versioned(APIResponse response, Components components) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null || components.getSchemas() == null) {
            return false;
        }
        MediaType json = response.getContent().getMediaTypes().get("application/json");
        if (json == null || json.getSchema() == null || json.getSchema().getRef() == null) {
            return false;
        }
        String ref = json.getSchema().getRef();
        Schema target = components.getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
        return target != null && target.getProperties() != null && target.getProperties().containsKey("version");
    }

    private static Header header(String description, SchemaType type) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().type(List.of(type)));
    }

    /**
     * SmallRye wraps an enum parameter with a default as {@code allOf: [$ref, {default}]}, which generators type as Any.
     * The parameter refers to the enum itself; its description states the default.
     */
    private static void unwrapSingleReference(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null || schema.getRef() != null || schema.getAllOf() == null) {
            return;
        }
        List<Schema> references = schema.getAllOf().stream().filter(part -> part.getRef() != null).toList();
        boolean onlyDecorations = schema.getAllOf().stream()
                .allMatch(part -> part.getRef() != null || (part.getType() == null && part.getProperties() == null && part.getAllOf() == null));
        if (references.size() == 1 && onlyDecorations) {
            parameter.setSchema(OASFactory.createSchema().ref(references.get(0).getRef()));
        }
    }

    /** {@code format: date} becomes a pattern: the value is a calendar day, not an instant a client may shift. */
    private static void plainDates(Schema schema) {
        if ("date".equals(schema.getFormat())) {
            schema.setFormat(null);
            schema.setPattern(DATE_PATTERN);
            if (schema.getDescription() == null) {
                schema.setDescription("A calendar day, yyyy-MM-dd");
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ApiContractFilter::plainDates);
        }
        if (schema.getItems() != null) {
            plainDates(schema.getItems());
        }
        for (List<Schema> parts : Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (parts != null) {
                parts.forEach(ApiContractFilter::plainDates);
            }
        }
    }

    private static void addProblemSchemas(Components components) {
        if (components.getSchemas() == null || !components.getSchemas().containsKey("FieldError")) {
            components.addSchema("FieldError", OASFactory.createSchema().type(List.of(SchemaType.OBJECT)).description("One rejected field of the request.")
                    .addProperty("field", text("Path of the field in the request, or the parameter name.", "creditCode"))
                    .addProperty("message", text("What is wrong with it.", "统一社会信用代码 check character is '4' but must be '3'"))
                    .addProperty("rejectedValue", text("The rejected value, as text, when it is safe to echo (absent otherwise).", "91350100M000100Y44"))
                    .required(List.of("field", "message")));
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
                            .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                    .required(List.of("type", "title", "status", "code")));
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
