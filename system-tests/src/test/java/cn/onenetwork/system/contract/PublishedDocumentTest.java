package cn.onenetwork.system.contract;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/openapi.yaml is the published contract, and the clients are generated from it: the document the code produces
 * (the gateway's merged one) must equal it. A breaking difference fails with openapi-diff's report of each
 * incompatibility; any other difference fails asking for the stored copy to be refreshed on purpose.
 */
class PublishedDocumentTest {

    private static final Path ROOT = Path.of(System.getProperty("onenetwork.root", "..")).toAbsolutePath().normalize();

    @Test
    void theCodeProducesThePublishedDocument() throws IOException {
        String published = Files.readString(ROOT.resolve("docs/openapi.yaml"));
        String produced = Files.readString(ROOT.resolve("gateway/target/openapi/openapi.yaml"));
        OpenApiContract.Verdict verdict = OpenApiContract.compare(published, produced);
        if (verdict.breaking()) {
            fail("The API the code produces breaks the published contract (docs/openapi.yaml) for generated clients:\n\n" + verdict.report()
                    + "\nIf the break is intended (a new major version, agreed with the integrators), run bin/update-openapi and commit the new docs/openapi.yaml.");
        }
        if (!published.equals(produced)) {
            fail("The API changed compatibly, but docs/openapi.yaml, from which the clients are generated, is out of date. "
                    + "Run bin/update-openapi and commit docs/openapi.yaml.\n\n" + verdict.report());
        }
    }
}
