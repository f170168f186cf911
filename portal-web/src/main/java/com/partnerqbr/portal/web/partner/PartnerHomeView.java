package com.partnerqbr.portal.web.partner;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.program.tier.TierProgressService;
import com.partnerqbr.portal.program.tier.TierProgressService.TierProgressView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** A partner user's home: their partner, its type, its current tier, the progress to the next tier and its segment. */
@Named
@RequestScoped
public class PartnerHomeView {

    @EJB
    private PartnerService partners;

    @EJB
    private TierProgressService tierProgress;

    private Partner partner;
    private TierProgressView progress;

    @PostConstruct
    void load() {
        partner = partners.ownPartner();
        progress = tierProgress.ownProgress();
    }

    public Partner getPartner() {
        return partner;
    }

    public TierProgressView getProgress() {
        return progress;
    }
}
