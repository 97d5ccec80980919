package cn.onenetwork.system.contract;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The API contract check: what changed between the published document (the stored copy clients are generated from)
 * and the one the code produces, judged by openapi-diff. A removed operation or field, a narrowed type, a new required
 * input or a removed enum value is breaking.
 */
public final class OpenApiContract {

    private OpenApiContract() {
    }

    /** @param report the differences, as openapi-diff's Markdown, empty when there are none */
    public record Verdict(boolean breaking, boolean different, String report) {
    }

    public static Verdict compare(String published, String produced) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(published, produced);
        if (diff.isUnchanged()) {
            return new Verdict(false, false, "");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Verdict(diff.isIncompatible(), true, out.toString(StandardCharsets.UTF_8));
    }
}
