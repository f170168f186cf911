package com.partnerqbr.portal.web.partner;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.review.progress.TierProgressService;
import com.partnerqbr.portal.review.progress.TierProgressService.TierProgressView;
import com.partnerqbr.portal.review.QbrService;
import com.partnerqbr.portal.review.QbrStatus;
import com.partnerqbr.portal.review.QbrView;
import com.partnerqbr.portal.tail.CohortService;
import com.partnerqbr.portal.tail.CohortService.CohortView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * A partner user's home: their partner, its type, its current tier, the progress to the next tier,
 * its segment and what it means (the next QBR or program review), its QBRs, and for a partner of the
 * tail the tail's figures with its own place in them.
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

    @EJB
    private CohortService cohorts;

    private Partner partner;
    private TierProgressView progress;
    private List<QbrView> qbrs;
    private CohortView cohort;

    @PostConstruct
    void load() {
        partner = partners.ownPartner();
        progress = tierProgress.ownProgress();
        qbrs = qbrService.ownQbrs().stream().filter(q -> q.status() != QbrStatus.CANCELLED).toList();
        if (CohortService.TAIL.contains(progress.segment())) {
            cohort = cohorts.ownView().orElse(null);
        }
    }

    public Partner getPartner() {
        return partner;
    }

    public TierProgressView getProgress() {
        return progress;
    }

    /** The tail's figures and the partner's place in them, for a partner of the tail; null for others. */
    public CohortView getCohort() {
        return cohort;
    }

    /** The partner's QBRs that were not cancelled, newest first. */
    public List<QbrView> getQbrs() {
        return qbrs;
    }
}
