package com.partnerqbr.portal.program.intake;

import java.util.List;

/**
 * How the rows of one kind are read and checked: its columns, each row's values, and the
 * problems that only show across rows. {@link RowValidation} applies them.
 *
 * @param <R> a row whose every value has been checked
 */
interface RowRules<R extends RowRules.CheckedRow> {

    /** What every checked row carries: where it came from, its key and its partner. */
    interface CheckedRow {
        long line();

        /** The row's key within the vendor: a record's external id, a partner's code. */
        String externalId();

        String partnerCode();
    }

    List<Column> columns();

    /** The column holding the row's key; no key appears twice in one import. */
    default String keyColumn() {
        return "external_id";
    }

    /**
     * Reads and checks one row; every problem found goes to the row's fields.
     *
     * @return the checked row, or null when it has a problem
     */
    R read(RowFields fields);

    /**
     * Problems that only show across rows, beyond duplicate keys (checked for every kind):
     * none unless a kind says otherwise.
     */
    default List<ImportProblem> acrossRows(List<R> rows) {
        return List.of();
    }
}
