package com.partnerqbr.portal.program.intake;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.program.PartnerFact;
import java.util.Objects;

/**
 * What it takes to import one kind of program fact: its columns and checks ({@link RowRules}),
 * and how a checked row becomes, or changes, an entity of one partner.
 *
 * @param <R> a row whose every value has been checked
 * @param <E> the entity it is stored as
 */
interface KindRules<R extends RowRules.CheckedRow, E extends PartnerFact> extends RowRules<R> {

    Class<E> entityType();

    E create(R row, Partner partner);

    /** True when the stored record already holds exactly what the row says. */
    boolean sameAs(E stored, R row, Partner partner);

    void apply(E stored, R row, Partner partner);

    /** True when the stored record belongs to this partner. */
    default boolean samePartner(E stored, Partner partner) {
        return Objects.equals(stored.getPartner().getId(), partner.getId());
    }
}
