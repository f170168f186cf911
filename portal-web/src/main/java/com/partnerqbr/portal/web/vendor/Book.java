package com.partnerqbr.portal.web.vendor;

import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * A partner manager's book (the partners they own) for the lists of a vendor page: its rows come
 * first, each marked "Yours". Other callers keep no book: their lists keep their own order.
 */
@Named
@RequestScoped
public class Book {

    @EJB
    private PartnerService partners;

    @Inject
    private CallerContext callerContext;

    private Set<Long> ids;

    private Set<Long> ids() {
        if (ids == null) {
            ids = callerContext.current().hasRole(Role.PARTNER_MANAGER) ? partners.bookIds() : Set.of();
        }
        return ids;
    }

    /** The rows of the caller's book first, each part in its own order. */
    public <T> List<T> first(List<T> rows, ToLongFunction<T> partnerId) {
        return rows.stream().sorted(Comparator.comparing((T row) -> !ids().contains(partnerId.applyAsLong(row))))
                .toList();
    }

    /** Whether this partner is in the caller's book. */
    public boolean yours(long partnerId) {
        return ids().contains(partnerId);
    }

    /** Whether the caller has a book, whose rows come first. */
    public boolean isKept() {
        return !ids().isEmpty();
    }
}
