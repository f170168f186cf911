package com.partnerqbr.portal.review;

import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.scorecard.dispute.Side;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Permission;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who may read and change a QBR's workspace, stated once. Vendor staff read every QBR of their
 * vendor, a partner user only its own partner's: any other answers "not found". Vendor admins and
 * partner managers change the vendor's side (and run the meeting), the partner's admin changes
 * the partner's side; executives and partner users only read.
 */
@Stateless
public class QbrAccess {

    @Inject
    private CallerContext callerContext;

    @EJB
    private PartnerService partners;

    /** A QBR the caller may read; "not found" for anything else. */
    public Qbr readable(long qbrId) {
        return partners.find(Qbr.class, qbrId, "QBR");
    }

    /** The id of the partner of a QBR the caller may read. */
    public long partnerOf(long qbrId) {
        return readable(qbrId).getPartner().getId();
    }

    /** The side the caller changes a QBR for, if any: the question the pages ask before they show a form. */
    public Optional<Side> mayEdit(long qbrId) {
        readable(qbrId);
        return sideOf(callerContext.current());
    }

    /** The side the caller changes the QBR for; refused for roles that only read. */
    public Side editingSide(Qbr qbr) {
        return sideOf(callerContext.current()).orElseThrow(() -> new AccessDeniedException(
                Permission.PREPARE_QBR_FOR_VENDOR.refusal()));
    }

    /** Refused unless the caller changes the QBR for the vendor's side (the agenda, the pre-read, the meeting). */
    public void requireVendorSide(Qbr qbr) {
        if (editingSide(qbr) != Side.VENDOR) {
            throw new AccessDeniedException(Permission.PREPARE_QBR_FOR_VENDOR.refusal());
        }
    }

    /** The caller's name, for who did what. */
    public String callerName() {
        return callerContext.current().name();
    }

    /** Whether the caller is one of the partner's people (who are recorded opening the pre-read). */
    public boolean callerIsPartnerUser() {
        return callerContext.current().isPartnerUser();
    }

    private static Optional<Side> sideOf(Caller caller) {
        if (caller.may(Permission.PREPARE_QBR_FOR_VENDOR)) {
            return Optional.of(Side.VENDOR);
        }
        if (caller.isPartnerUser() && caller.may(Permission.PREPARE_QBR_FOR_PARTNER)) {
            return Optional.of(Side.PARTNER);
        }
        return Optional.empty();
    }
}
