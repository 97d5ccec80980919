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
 */
public final class LiveContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final JsonNode openApi;
    private final String gateway;
    private final HttpClient http = HttpClient.newHttpClient();

    public LiveContract(Path root, String gateway) {
        this.openApi = EventCatalog.readYaml(root.resolve("docs/openapi.yaml"));
        this.gateway = gateway;
    }

    /** Non-conforming answers, each described; empty when every answer conforms. Also returns how many were checked. */
    public record Report(int checked, List<String> nonConforming) {
    }

    public Report check(Map<String, String> readTokens, String writeToken, Map<String, String> knownValues) throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext();) {
                Map.Entry<String, JsonNode> entry = operations.next();
                String method = entry.getKey().toUpperCase(java.util.Locale.ROOT);
                JsonNode operation = entry.getValue();
                String url = url(path.getKey(), operation, knownValues, readTokens.values().iterator().next());
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
        return new Report(checked, problems);
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
    private String url(String template, JsonNode operation, Map<String, String> knownValues, String token) throws Exception {
        StringBuilder path = new StringBuilder();
        Matcher parameter = PATH_PARAMETER.matcher(template);
        int last = 0;
        while (parameter.find()) {
            path.append(template, last, parameter.start());
            String collection = path.substring(0, path.length() - 1);
            path.append(value(parameter.group(1), collection, knownValues, token));
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
        HttpResponse<byte[]> list = send("GET", gateway + collection, token, null);
        JsonNode first = list.statusCode() == 200 ? JSON.readTree(list.body()).path("items").path(0).path("id") : null;
        return first != null && !first.isMissingNode() ? first.asText() : java.util.UUID.randomUUID().toString();
    }

    private String queryValue(JsonNode parameter, Map<String, String> knownValues) {
        if (knownValues.containsKey(parameter.path("name").asText())) {
            return knownValues.get(parameter.path("name").asText());
        }
        JsonNode schema = parameter.path("schema");
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asText();
            schema = openApi.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema.has("enum") ? schema.path("enum").path(0).asText() : "x";
    }

    private HttpResponse<byte[]> send(String method, String url, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
