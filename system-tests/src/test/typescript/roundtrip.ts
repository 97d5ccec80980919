// An XLSX round trip through the generated TypeScript client against a running platform: export the rooms of a
// building as XLSX, import the workbook back, and the building's rooms are what they were. Run by
// TypeScriptRoundTripNodeIT with GATEWAY, TOKEN and BUILDING set; exits 1 with the reason when anything differs.
import { Configuration, RoomsApi, SheetFormat } from '../generated-clients/typescript';

async function main(): Promise<void> {
    const basePath = process.env.GATEWAY ?? '';
    const token = process.env.TOKEN ?? '';
    const buildingId = process.env.BUILDING ?? '';
    const rooms = new RoomsApi(new Configuration({ basePath, accessToken: async () => token }));
    const before = await (await rooms.exportRooms({ buildingId, format: SheetFormat.Csv })).text();
    const workbook = await rooms.exportRooms({ buildingId, format: SheetFormat.Xlsx });
    const bytes = new Uint8Array(await workbook.arrayBuffer());
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
        throw new Error('the XLSX export did not arrive as a workbook');
    }
    const report = await rooms.importRooms({ body: workbook });
    const after = await (await rooms.exportRooms({ buildingId, format: SheetFormat.Csv })).text();
    if (report.created !== 0 || report.updated !== before.trim().split('\n').length - 1 || after !== before) {
        throw new Error(`round trip changed the rooms: ${JSON.stringify(report)}\n${before}\n---\n${after}`);
    }
    console.log(`round trip kept ${report.updated} rooms`);
}

main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
});
