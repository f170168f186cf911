package com.partnerqbr.portal.program.intake;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.program.PartnerFact;
import java.util.List;
import java.util.Objects;

/**
 * What it takes to import one kind of record: its columns, how a row is read and checked,
 * and how a checked row becomes, or changes, an entity.
 *
 * @param <R> a row whose every value has been checked
 * @param <E> the entity it is stored as
 */
interface KindRules<R extends KindRules.CheckedRow, E extends PartnerFact> {

    /** What every checked row carries: where it came from, its key and its partner. */
    interface CheckedRow {
        long line();

        String externalId();

        String partnerCode();
    }

    List<Column> columns();

    Class<E> entityType();

    /**
     * Reads and checks one row; every problem found goes to the row's fields.
     *
     * @return the checked row, or null when it has a problem
     */
    R read(RowFields fields);

    /**
     * Problems that only show across rows, beyond duplicate external ids (checked for
     * every kind): none unless a kind says otherwise.
     */
    default List<ImportProblem> acrossRows(List<R> rows) {
        return List.of();
    }

    E create(R row, Partner partner);

    /** True when the stored record already holds exactly what the row says. */
    boolean sameAs(E stored, R row, Partner partner);

    void apply(E stored, R row, Partner partner);

    /** True when the stored record belongs to this partner. */
    default boolean samePartner(E stored, Partner partner) {
        return Objects.equals(stored.getPartner().getId(), partner.getId());
    }
}
