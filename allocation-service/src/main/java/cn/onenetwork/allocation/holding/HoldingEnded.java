package cn.onenetwork.allocation.holding;

import java.util.UUID;

/**
 * A holding ended, fired inside the transaction that ends it, so that what rests on it (the certificate that covers the
 * room, a vacating order for it) changes with it or not at all.
 *
 * @param successorId the unit the room passes to straight away (a merger's successor), else null
 */
public record HoldingEnded(Holding holding, UUID successorId) {
}
