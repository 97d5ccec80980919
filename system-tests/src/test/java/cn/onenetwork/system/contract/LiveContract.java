package cn.onenetwork.system.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls every operation of the published document on a running platform and checks each answer against the document:
 * the status is one the operation documents, the content type is documented for it, and a JSON body validates against
 * the documented schema. Reads go out with each token given; writes go out with {@code {}} and {@code []} bodies and must
 * be refused with a documented problem. Operations added later are covered without new test code.
 *
 * <p>The gateway limits each caller (50 a second, bursts of 200): a sweep of every operation goes past that. Its 429
 * {@code RATE_LIMITED} is never taken as the operation's answer: the same request is sent again after the
 * {@code Retry-After} seconds it names, a bounded number of times. An operation's own 429 (the anonymous check's
 * {@code TOO_MANY_VERIFICATIONS}) is its answer and is checked like any other.
 */
public final class LiveContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** How often one request is sent again after the gateway's 429 before that 429 is reported. */
    private static final int RATE_LIMIT_RETRIES = 20;

    private final JsonNode openApi;
    private final String gateway;
    private final HttpClient http = HttpClient.newHttpClient();
    /** The id found for a collection, per token: each list is read once per sweep. */
    private final Map<String, String> ids = new java.util.HashMap<>();
    private int rateLimited;

    public LiveContract(Path root, String gateway) {
        this.openApi = EventCatalog.readYaml(root.resolve("docs/openapi.yaml"));
        this.gateway = gateway;
    }

    /**
     * Non-conforming answers, each described; empty when every answer conforms. Also returns how many were checked and
     * how many times the gateway's rate limit answered 429 and the request was sent again.
     */
    public record Report(int checked, List<String> nonConforming, int rateLimited) {
    }

    public Report check(Map<String, String> readTokens, String writeToken, Map<String, String> knownValues) throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        int limitedBefore = rateLimited;
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext();) {
                Map.Entry<String, JsonNode> entry = operations.next();
                String method = entry.getKey().toUpperCase(java.util.Locale.ROOT);
                JsonNode operation = entry.getValue();
                String url = url(path.getKey(), operation, knownValues, readTokens.values().iterator().next(), Map.of());
                if (method.equals("GET")) {
                    for (Map.Entry<String, String> token : readTokens.entrySet()) {
                        checked++;
                        check(operation, "GET " + path.getKey() + " as " + token.getKey(), send("GET", url, token.getValue(), null), problems);
                    }
                } else {
                    for (String body : List.of("{}", "[]")) {
                        checked++;
                        HttpResponse<byte[]> response = send(method, url, writeToken, body);
                        String what = method + " " + path.getKey() + " " + body;
                        if (response.statusCode() < 400 || response.statusCode() >= 500) {
                            problems.add(what + ": answered " + response.statusCode() + ", not a 4xx");
                        }
                        check(operation, what, response, problems);
                    }
                }
            }
        }
        return new Report(checked, problems, rateLimited - limitedBefore);
    }

    /**
     * Hostile input against every operation of the document: a NUL character in each query parameter, in each path
     * parameter and in the body's first text field, a value of the wrong type for each boolean and number parameter, and
     * an encoded dot-segment in the path that, resolved, would name the operation itself. Each must be a documented 400
     * problem naming the parameter at fault ({@code path} for the path's segments, checked before any route is chosen),
     * never a 500 nor silently read as something else.
     */
    public Report hostile(String token, Map<String, String> knownValues) throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        int limitedBefore = rateLimited;
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            String template = path.getKey();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext();) {
                Map.Entry<String, JsonNode> entry = operations.next();
                String method = entry.getKey().toUpperCase(java.util.Locale.ROOT);
                JsonNode operation = entry.getValue();
                String operationName = method + " " + template;
                String url = url(template, operation, knownValues, token, Map.of());
                JsonNode content = operation.path("requestBody").path("content");
                String mediaType = content.fieldNames().hasNext() ? content.fieldNames().next() : "application/json";
                String body = method.equals("GET") ? null : mediaType.equals("application/json") ? "{}" : "";
                for (JsonNode p : operation.path("parameters")) {
                    if (!p.path("in").asText().equals("query")) {
                        continue;
                    }
                    String name = p.path("name").asText();
                    List<String> values = new ArrayList<>(List.of("a%00b"));
                    String type = resolved(p.path("schema")).path("type").asText();
                    if (type.equals("boolean")) {
                        values.addAll(List.of("abc", "yes", "1"));
                    } else if (type.equals("number") || type.equals("integer")) {
                        values.addAll(List.of("abc", "NaN", "1e309", "Infinity"));
                    }
                    for (String value : values) {
                        checked++;
                        String withValue = url + (url.contains("?") ? "&" : "?") + name + "=" + value;
                        expectBadParameter(operation, operationName + " " + name + "=" + value, send(method, withValue, token, body, mediaType), name,
                                problems);
                    }
                }
                Matcher parameter = PATH_PARAMETER.matcher(template);
                while (parameter.find()) {
                    checked++;
                    String nul = url(template, operation, knownValues, token, Map.of(parameter.group(1), "a%00b"));
                    expectBadParameter(operation, operationName + " with a NUL in {" + parameter.group(1) + "}",
                            send(method, nul, token, body, mediaType), "path", problems);
                }
                checked++;
                expectBadParameter(operation, operationName + " with an encoded dot-segment", send(method, dotSegment(url), token, body, mediaType),
                        "path", problems);
                String textField = firstTextField(operation);
                if (textField != null) {
                    checked++;
                    expectBadParameter(operation, operationName + " with a NUL in its body's " + textField,
                            send(method, url, token, "{\"" + textField + "\":\"a\\u0000b\"}", "application/json"), textField, problems);
                }
            }
        }
        return new Report(checked, problems, rateLimited - limitedBefore);
    }

    /**
     * The URL with {@code /%2e%2e/<collection>} after its collection ({@code /api/v1/rooms/%2e%2e/rooms/…}): resolved, it
     * would name the same operation; the gateway routes it by its collection to the service, which must refuse it.
     */
    private String dotSegment(String url) {
        String path = url.substring(gateway.length());
        int collectionEnd = path.indexOf('/', "/api/v1/".length());
        int queryStart = path.indexOf('?');
        int end = collectionEnd >= 0 && (queryStart < 0 || collectionEnd < queryStart) ? collectionEnd : queryStart >= 0 ? queryStart : path.length();
        String collection = path.substring("/api/v1/".length(), end);
        return gateway + path.substring(0, end) + "/%2e%2e/" + collection + path.substring(end);
    }

    private void expectBadParameter(JsonNode operation, String what, HttpResponse<byte[]> response, String parameter, List<String> problems)
            throws IOException {
        if (response.statusCode() != 400) {
            problems.add(what + ": answered " + response.statusCode() + ", not 400" + (response.statusCode() == 429 ? " (rate limited)" : ""));
            return;
        }
        check(operation, what, response, problems);
        JsonNode problem;
        try {
            problem = JSON.readTree(response.body());
        } catch (IOException e) {
            problems.add(what + ": 400 without a problem document");
            return;
        }
        List<String> named = new ArrayList<>();
        problem.path("errors").forEach(error -> named.add(error.path("field").asText()));
        if (!named.contains(parameter)) {
            problems.add(what + ": the problem (" + problem.path("code").asText() + ") names " + named + ", not " + parameter);
        }
    }

    /** The first property of the JSON body's schema that is plain text, or null. */
    private String firstTextField(JsonNode operation) {
        JsonNode schema = resolved(operation.path("requestBody").path("content").path("application/json").path("schema"));
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext();) {
            Map.Entry<String, JsonNode> property = properties.next();
            JsonNode type = resolved(property.getValue());
            if (type.path("type").asText().equals("string") && !type.has("format") && !type.has("enum") && !property.getValue().has("allOf")
                    && !property.getValue().has("$ref")) {
                return property.getKey();
            }
        }
        return null;
    }

    private JsonNode resolved(JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asText();
            return resolved(openApi.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1)));
        }
        if (schema.has("allOf") && schema.path("allOf").size() == 1) {
            return resolved(schema.path("allOf").path(0));
        }
        return schema;
    }

    private void check(JsonNode operation, String what, HttpResponse<byte[]> response, List<String> problems) throws IOException {
        String status = Integer.toString(response.statusCode());
        JsonNode documented = operation.path("responses").path(status);
        if (documented.isMissingNode()) {
            problems.add(what + ": status " + status + " is not documented");
            return;
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (documented.path("content").isMissingNode() || documented.path("content").isEmpty()) {
            return;
        }
        String mediaType = contentType.split(";")[0].trim();
        JsonNode media = documented.path("content").path(mediaType);
        if (media.isMissingNode()) {
            problems.add(what + ": " + status + " answered " + mediaType + ", documented " + documented.path("content").fieldNames().next());
            return;
        }
        if (mediaType.endsWith("json") && media.has("schema")) {
            JsonNode body = JSON.readTree(response.body());
            EventCatalog.violations(openApi, media.path("schema"), body).forEach(v -> problems.add(what + ": " + status + " " + v));
        }
    }

    /** The operation's URL with its path parameters filled from a list of the same collection (or the known values) and its required query parameters. */
    private String url(String template, JsonNode operation, Map<String, String> knownValues, String token, Map<String, String> rawPathValues)
            throws Exception {
        StringBuilder path = new StringBuilder();
        Matcher parameter = PATH_PARAMETER.matcher(template);
        int last = 0;
        while (parameter.find()) {
            path.append(template, last, parameter.start());
            String collection = path.substring(0, path.length() - 1);
            String raw = rawPathValues.get(parameter.group(1));
            path.append(raw != null ? raw : value(parameter.group(1), collection, knownValues, token));
            last = parameter.end();
        }
        path.append(template.substring(last));
        List<String> query = new ArrayList<>();
        for (JsonNode p : operation.path("parameters")) {
            if (p.path("in").asText().equals("query") && p.path("required").asBoolean()) {
                query.add(p.path("name").asText() + "=" + URLEncoder.encode(queryValue(p, knownValues), StandardCharsets.UTF_8));
            }
        }
        return gateway + path + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    private String value(String name, String collection, Map<String, String> knownValues, String token) throws Exception {
        if (knownValues.containsKey(name)) {
            return knownValues.get(name);
        }
        String cached = ids.get(token + " " + collection);
        if (cached != null) {
            return cached;
        }
        HttpResponse<byte[]> list = send("GET", gateway + collection, token, null);
        JsonNode first = list.statusCode() == 200 ? JSON.readTree(list.body()).path("items").path(0).path("id") : null;
        String id = first != null && !first.isMissingNode() ? first.asText() : java.util.UUID.randomUUID().toString();
        ids.put(token + " " + collection, id);
        return id;
    }

    private String queryValue(JsonNode parameter, Map<String, String> knownValues) {
        if (knownValues.containsKey(parameter.path("name").asText())) {
            return knownValues.get(parameter.path("name").asText());
        }
        JsonNode schema = resolved(parameter.path("schema"));
        if (schema.has("enum")) {
            return schema.path("enum").path(0).asText();
        }
        // A value of the parameter's type, so that only the value a sweep puts beside it is at fault.
        if (parameter.has("example")) {
            return parameter.path("example").asText();
        }
        return schema.path("format").asText().equals("uuid") ? java.util.UUID.randomUUID().toString() : "x";
    }

    private HttpResponse<byte[]> send(String method, String url, String token, String body) throws IOException, InterruptedException {
        return send(method, url, token, body, "application/json");
    }

    /**
     * One request, sent again while the gateway's rate limit refuses it (429 RATE_LIMITED), at the Retry-After it names;
     * a limit that still refuses it after the bounded wait fails the check.
     */
    private HttpResponse<byte[]> send(String method, String url, String token, String body, String mediaType) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", mediaType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpRequest built = request.build();
        HttpResponse<byte[]> first = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
        java.util.OptionalLong retryAfter = first.statusCode() == 429 ? rateLimitRetryAfter(first) : java.util.OptionalLong.empty();
        if (retryAfter.isEmpty()) {
            return first;
        }
        rateLimited++;
        // Sent again at the pace the gateway names until its bucket admits the request.
        java.time.Duration pace = java.time.Duration.ofSeconds(Math.max(1, retryAfter.getAsLong()));
        java.util.concurrent.atomic.AtomicReference<HttpResponse<byte[]>> last = new java.util.concurrent.atomic.AtomicReference<>(first);
        org.awaitility.Awaitility.await().pollDelay(pace).pollInterval(pace).atMost(pace.multipliedBy(RATE_LIMIT_RETRIES + 1)).until(() -> {
            HttpResponse<byte[]> again = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            last.set(again);
            return again.statusCode() != 429 || rateLimitRetryAfter(again).isEmpty();
        });
        return last.get();
    }

    /** The seconds the gateway's rate limit asks to wait, or empty when this 429 is the operation's own answer. */
    private static java.util.OptionalLong rateLimitRetryAfter(HttpResponse<byte[]> response) {
        java.util.Optional<String> header = response.headers().firstValue("Retry-After");
        if (header.isEmpty() || !header.get().matches("\\d{1,4}")) {
            return java.util.OptionalLong.empty();
        }
        try {
            if (!"RATE_LIMITED".equals(JSON.readTree(response.body()).path("code").asText())) {
                return java.util.OptionalLong.empty();
            }
        } catch (IOException e) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(Long.parseLong(header.get()));
    }
}
