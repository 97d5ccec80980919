package cn.onenetwork.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.FreePorts;
import cn.onenetwork.localstack.LocalStack;
import cn.onenetwork.system.contract.NodeTools;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated TypeScript client against the running platform (src/test/typescript/roundtrip.ts): an XLSX export
 * imported back through it changes no room. Runs where Node.js is installed (the node profile).
 */
class TypeScriptRoundTripNodeIT {

    private static final Path ROOT = NodeTools.ROOT;
    private static LocalStack stack;

    @BeforeAll
    static void startPlatform() throws Exception {
        LocalStack.Ports ports = new LocalStack.Ports(FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(),
                FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next());
        stack = new LocalStack(ROOT, Files.createTempDirectory("one-network-ts-"), ports);
        stack.start();
    }

    @AfterAll
    static void stopPlatform() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void anXlsxExportImportedBackThroughTheTypeScriptClientKeepsEveryRoom() throws Exception {
        String gateway = stack.gatewayUrl();
        post(gateway, DevTokens.bureauAdmin("100000"), "/api/v1/divisions", Map.of("code", "640000", "name", "宁夏回族自治区", "level", "PROVINCIAL",
                "parentCode", "100000"));
        String token = DevTokens.bureauAdmin("640000");
        String building = post(gateway, token, "/api/v1/buildings", Map.of("divisionCode", "640000", "code", "TS-1", "name", "往返测试楼",
                "address", "银川市金凤区", "storeysAbove", 3, "storeysBelow", 0, "grossFloorArea", "2000.00", "origin", "FISCAL_FUNDING"));
        String floor = post(gateway, token, "/api/v1/buildings/" + building + "/floors", Map.of("label", "1"));
        for (String number : List.of("101", "102", "103")) {
            post(gateway, token, "/api/v1/rooms", Map.of("buildingId", building, "floorId", floor, "number", number, "category", "OFFICE",
                    "useArea", "18.00", "status", "IN_USE", "statusSince", "2024-03-01"));
        }

        Path work = NodeTools.install("typescript-roundtrip", "typescript@5.9.3", "@types/node@20");
        for (String file : List.of("roundtrip.ts", "tsconfig.roundtrip.json")) {
            Files.copy(ROOT.resolve("system-tests/src/test/typescript").resolve(file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        NodeTools.Result compile = NodeTools.run(work, "node", "node_modules/typescript/bin/tsc", "-p", "tsconfig.roundtrip.json");
        assertEquals(0, compile.exit(), compile.output());
        Path script = Files.walk(work.resolve("out")).filter(p -> p.getFileName().toString().equals("roundtrip.js")).findFirst().orElseThrow();
        NodeTools.Result roundTrip = NodeTools.run(work, Map.of("GATEWAY", gateway, "TOKEN", token, "BUILDING", building), "node", script.toString());
        assertEquals(0, roundTrip.exit(), roundTrip.output());
        assertTrue(roundTrip.output().contains("round trip kept 3 rooms"), roundTrip.output());
    }

    private static String post(String gateway, String token, String path, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(gateway + path).then().statusCode(201).extract().path(
                path.equals("/api/v1/divisions") ? "code" : "id");
    }
}
