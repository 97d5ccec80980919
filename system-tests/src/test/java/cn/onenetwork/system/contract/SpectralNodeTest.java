package cn.onenetwork.system.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Spectral's `spectral:oas` rules on docs/openapi.yaml: no error and no warning. Runs where Node.js is. */
class SpectralNodeTest {

    @Test
    void thePublishedDocumentPassesSpectralWithoutWarnings() throws Exception {
        Path work = NodeTools.install("spectral-check", "@stoplight/spectral-cli@6.16.3");
        Files.writeString(work.resolve(".spectral.yaml"), "extends: [\"spectral:oas\"]\n");
        NodeTools.Result lint = NodeTools.run(NodeTools.ROOT, work.resolve("node_modules/.bin/spectral").toString(), "lint", "docs/openapi.yaml",
                "--ruleset", work.resolve(".spectral.yaml").toString(), "--fail-severity=warn");
        assertEquals(0, lint.exit(), lint.output());
    }
}
