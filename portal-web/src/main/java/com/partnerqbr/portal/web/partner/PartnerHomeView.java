package com.partnerqbr.portal.web.partner;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.review.progress.TierProgressService;
import com.partnerqbr.portal.review.progress.TierProgressService.TierProgressView;
import com.partnerqbr.portal.review.QbrService;
import com.partnerqbr.portal.review.QbrStatus;
import com.partnerqbr.portal.review.QbrView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * A partner user's home: their partner, its type, its current tier, the progress to the next tier,
 * its segment and what it means (the next QBR or program review), and its QBRs.
 */
@Named
@RequestScoped
public class PartnerHomeView {

    @EJB
    private PartnerService partners;

    @EJB
    private TierProgressService tierProgress;

    @EJB
    private QbrService qbrService;

    private Partner partner;
    private TierProgressView progress;
    private List<QbrView> qbrs;

    @PostConstruct
    void load() {
        partner = partners.ownPartner();
        progress = tierProgress.ownProgress();
        qbrs = qbrService.ownQbrs().stream().filter(q -> q.status() != QbrStatus.CANCELLED).toList();
    }

    public Partner getPartner() {
        return partner;
    }

    public TierProgressView getProgress() {
        return progress;
    }

    /** The partner's QBRs that were not cancelled, newest first. */
    public List<QbrView> getQbrs() {
        return qbrs;
    }
}
