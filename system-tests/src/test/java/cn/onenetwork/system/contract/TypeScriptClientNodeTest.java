package cn.onenetwork.system.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript client generated from docs/openapi.yaml (typescript-fetch) used as an agency system would, in
 * src/test/typescript/example.ts, compiled with TypeScript's strict checks. Runs where Node.js is installed (the
 * {@code node} profile of this module, which runs the *NodeTest classes); TypeScript comes from the npm registry.
 */
class TypeScriptClientNodeTest {

    @Test
    void theGeneratedClientCompilesUnderStrictTypeScript() throws Exception {
        Path work = NodeTools.install("typescript-check", "typescript@5.9.3");
        for (String file : List.of("example.ts", "tsconfig.json")) {
            Files.copy(NodeTools.ROOT.resolve("system-tests/src/test/typescript").resolve(file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        NodeTools.Result compile = NodeTools.run(work, "node", "node_modules/typescript/bin/tsc", "-p", "tsconfig.json");
        assertEquals(0, compile.exit(), compile.output());
    }
}
