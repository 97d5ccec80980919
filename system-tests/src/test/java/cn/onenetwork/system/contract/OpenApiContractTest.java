package cn.onenetwork.system.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The check itself, on small fixtures: it must fail on what breaks a generated client and pass on what does not. */
class OpenApiContractTest {

    @Test
    void aRemovedResponseFieldIsBreakingAndTheReportNamesIt() throws IOException {
        OpenApiContract.Verdict verdict = OpenApiContract.compare(fixture("published.yaml"), fixture("field-removed.yaml"));
        assertTrue(verdict.breaking(), verdict.report());
        assertTrue(verdict.report().contains("useArea"), verdict.report());
    }

    @Test
    void anAddedOptionalFieldIsADifferenceButNotBreaking() throws IOException {
        OpenApiContract.Verdict verdict = OpenApiContract.compare(fixture("published.yaml"), fixture("optional-field-added.yaml"));
        assertFalse(verdict.breaking(), verdict.report());
        assertTrue(verdict.different());
    }

    @Test
    void aNewRequiredInputAndARemovedOperationAreBreaking() throws IOException {
        assertTrue(OpenApiContract.compare(fixture("published.yaml"), fixture("required-input-added.yaml")).breaking());
        assertTrue(OpenApiContract.compare(fixture("published.yaml"), fixture("operation-removed.yaml")).breaking());
        assertFalse(OpenApiContract.compare(fixture("published.yaml"), fixture("published.yaml")).different());
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = OpenApiContractTest.class.getResourceAsStream("/contract/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
