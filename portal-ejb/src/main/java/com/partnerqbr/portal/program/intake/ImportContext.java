package com.partnerqbr.portal.program.intake;

import java.util.Set;

/**
 * What the rows are checked against: the vendor's program currency and the codes of the
 * vendor's partners (read in the caller's tenant, so another vendor's partner is simply
 * not among them).
 */
record ImportContext(String currency, Set<String> partnerCodes) {

    ImportContext {
        partnerCodes = Set.copyOf(partnerCodes);
    }
}
