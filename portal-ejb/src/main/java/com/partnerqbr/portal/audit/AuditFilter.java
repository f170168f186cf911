package com.partnerqbr.portal.audit;

import java.io.Serializable;

/**
 * Which audit entries to show.
 *
 * @param subject only entries about this kind of thing ({@code partner}, {@code person}); null for all
 * @param text    only entries whose key (a partner's code, a person's user name) or actor contains it,
 *                ignoring case; blank for all
 */
public record AuditFilter(String subject, String text) implements Serializable {

    public static final AuditFilter ALL = new AuditFilter(null, null);
}
