package cn.onenetwork.allocation.pool;

/**
 * What makes a room idle (公物仓), written once for the pool list, the recommender and the promises of rooms: it exists,
 * is not under repair, no unit holds it, nobody the registry seats in it uses it (a seat is use, holding recorded or not),
 * and it is state property (a leased-in building's rooms go back to their lessor, not to the pool). SQL fragments over a
 * {@code registry_room} alias.
 */
public final class IdleRooms {

    private IdleRooms() {
    }

    public static String idle(String room) {
        return room + ".retired_on IS NULL AND " + room + ".status <> 'UNDER_REPAIR'"
                + " AND NOT EXISTS (SELECT 1 FROM holding h WHERE h.room_id = " + room + ".id AND h.to_date IS NULL)"
                + " AND NOT EXISTS (SELECT 1 FROM registry_seat s WHERE s.room_id = " + room + ".id AND s.to_date IS NULL)"
                + " AND NOT EXISTS (SELECT 1 FROM registry_building b WHERE b.id = " + room + ".building_id AND b.origin = 'LEASED')";
    }

    /** True while the room is promised to a request other than {@code request} and the promise has not lapsed on {@code today}. */
    public static String promisedElsewhere(String room, String request, String today) {
        return "EXISTS (SELECT 1 FROM room_reservation v WHERE v.room_id = " + room + ".id AND v.request_id <> " + request + " AND v.expires_on > " + today + ")";
    }
}
