package dev.ormshell.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark reports the median run of each side. */
class MeasurementTest {

    private static Measurement run(long nanos) {
        return new Measurement(100, nanos, 0);
    }

    @Test
    void theMedianIsTheRunOfMiddleDurationWhateverTheOrder() {
        assertEquals(20, Measurement.median(List.of(run(90), run(20), run(10))).nanos());
        assertEquals(50, Measurement.median(List.of(run(50))).nanos());
        // Of an even count, the faster of the two in the middle.
        assertEquals(20, Measurement.median(List.of(run(40), run(20), run(10), run(30))).nanos());
    }
}
