package cn.onenetwork.system.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** `asyncapi validate docs/asyncapi.yaml` with the AsyncAPI CLI from the npm registry: no errors. Runs where Node.js is. */
class AsyncApiNodeTest {

    @Test
    void theEventDocumentIsValidAsyncApi() throws Exception {
        Path work = NodeTools.install("asyncapi-check", "@asyncapi/cli@6.2.0");
        NodeTools.Result validation = NodeTools.run(NodeTools.ROOT, work.resolve("node_modules/.bin/asyncapi").toString(), "validate", "docs/asyncapi.yaml");
        assertEquals(0, validation.exit(), validation.output());
        // The CLI exits 1 on any error; the summary line says how many of each kind there were.
        assertTrue(validation.output().contains("is valid") && !validation.output().matches("(?s).*\\([1-9]\\d* errors?,.*"), validation.output());
    }
}
