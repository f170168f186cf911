package com.partnerqbr.portal.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A long list of values read in batches: no statement carries an {@code IN} list of more than
 * {@value #SIZE} values (a list of 50,000 ids is one statement of half a megabyte that the
 * database parses and plans as a whole, and EclipseLink binds value by value).
 */
public final class Batches {

    /** Values per batch. */
    public static final int SIZE = 1_000;

    private Batches() {
    }

    /** The values in consecutive batches of at most {@value #SIZE}, in their order; none for none. */
    public static <T> List<List<T>> of(List<T> values) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < values.size(); from += SIZE) {
            batches.add(values.subList(from, Math.min(values.size(), from + SIZE)));
        }
        return batches;
    }

    /** What {@code read} answers for each batch of the values, one after the other, in the batches' order. */
    public static <T, R> List<R> read(List<T> values, Function<List<T>, List<R>> read) {
        List<R> rows = new ArrayList<>();
        for (List<T> batch : of(values)) {
            rows.addAll(read.apply(batch));
        }
        return rows;
    }
}
