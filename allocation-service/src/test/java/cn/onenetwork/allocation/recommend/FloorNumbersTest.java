package cn.onenetwork.allocation.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FloorNumbersTest {

    @Test
    void labelsAboveAndBelowGroundReadAsNumbers() {
        assertEquals(3, FloorNumbers.parse("3"));
        assertEquals(12, FloorNumbers.parse("12F"));
        assertEquals(5, FloorNumbers.parse("5层"));
        assertEquals(-1, FloorNumbers.parse("B1"));
        assertEquals(-2, FloorNumbers.parse("-2"));
        assertEquals(-1, FloorNumbers.parse("地下1层"));
        assertNull(FloorNumbers.parse("屋顶"));
        assertNull(FloorNumbers.parse(null));
    }
}
