package com.partnerqbr.portal.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Batches of at most a thousand values, in order, at the edges. */
class BatchesTest {

    @Test
    void batchesOfAThousandInOrder() {
        assertEquals(List.of(), Batches.of(List.of()));
        assertEquals(List.of(List.of(1)), Batches.of(List.of(1)));
        assertEquals(List.of(1_000), sizes(1_000));
        assertEquals(List.of(1_000, 1), sizes(1_001));
        assertEquals(List.of(1_000, 1_000, 500), sizes(2_500));
    }

    @Test
    void readAsksOncePerBatchAndKeepsTheOrder() {
        List<Integer> values = IntStream.range(0, 2_001).boxed().toList();
        List<Integer> asked = new ArrayList<>();
        List<Integer> read = Batches.read(values, batch -> {
            asked.add(batch.size());
            return batch.stream().map(v -> v * 2).toList();
        });
        assertEquals(List.of(1_000, 1_000, 1), asked);
        assertEquals(values.stream().map(v -> v * 2).toList(), read);
    }

    private static List<Integer> sizes(int count) {
        return Batches.of(IntStream.range(0, count).boxed().toList()).stream().map(List::size).toList();
    }
}
