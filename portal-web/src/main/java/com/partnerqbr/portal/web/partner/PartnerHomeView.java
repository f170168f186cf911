package com.partnerqbr.portal.web.partner;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** A partner user's home: their partner, its type and its current tier. */
@Named
@RequestScoped
public class PartnerHomeView {

    @EJB
    private PartnerService partners;

    private Partner partner;

    @PostConstruct
    void load() {
        partner = partners.ownPartner();
    }

    public Partner getPartner() {
        return partner;
    }
}
