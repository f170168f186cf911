package com.partnerqbr.portal.engagement;

import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** What the portal notices itself about how partners use it. */
@Stateless
public class EngagementService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private PartnerService partners;

    /** Records that the calling partner user signed in; vendor staff signing in are not partner engagement. */
    public void recordSignIn() {
        Caller caller = callerContext.current();
        if (caller.isPartnerUser()) {
            em.persist(new PortalLogin(partners.ownPartner(), caller.name(), Instant.now()));
        }
    }
}
