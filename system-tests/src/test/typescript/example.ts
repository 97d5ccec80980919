// How an agency system uses the generated TypeScript client (typescript-fetch). Compiled under --strict by
// TypeScriptClientTest: if the document types something a client cannot use as such (dates as Date, binary bodies as
// string, an enum as a plain string), this stops compiling.
import {
    Configuration,
    HoldingBasis,
    HoldingsApi,
    RoomCategory,
    RoomsApi,
    SheetFormat,
    StaffApi,
    type HoldingInput,
    type ImportReport,
} from '../generated-clients/typescript';

export async function roundTrip(basePath: string, token: string, buildingId: string): Promise<ImportReport> {
    const config = new Configuration({ basePath, accessToken: async () => token });
    const rooms = new RoomsApi(config);
    // Search as a user types; dates stay calendar-day strings that no time zone shifts.
    const page = await rooms.listRooms({ q: '301', category: RoomCategory.Office, limit: 5 });
    for (const room of page.items ?? []) {
        const since: string | undefined = room.statusSince;
        console.log(room.number, since);
    }
    // An XLSX export arrives as bytes and goes back as bytes.
    const workbook: Blob = await rooms.exportRooms({ buildingId, format: SheetFormat.Xlsx });
    return rooms.importRooms({ body: workbook, dryRun: true });
}

export async function hold(basePath: string, token: string, roomId: string, agencyId: string): Promise<string | undefined> {
    const config = new Configuration({ basePath, accessToken: async () => token });
    const input: HoldingInput = { roomId, agencyId, basis: HoldingBasis.ExistingUse, reference: '兴机管配〔2025〕1号', fromDate: '2025-01-02' };
    const holding = await new HoldingsApi(config).startHolding({ holdingInput: input, idempotencyKey: `hold-${roomId}` });
    const people = await new StaffApi(config).listPeople({ q: '王建国' });
    console.log(people.items?.length ?? 0);
    return holding.toDate;
}
