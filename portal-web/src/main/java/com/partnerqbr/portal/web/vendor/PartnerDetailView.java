package com.partnerqbr.portal.web.vendor;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.program.tier.TierProgressService.TierProgressView;
import com.partnerqbr.portal.program.tier.TierProgressService;
import com.partnerqbr.portal.tenancy.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * One partner of the vendor's program, by id from the URL. An id that is malformed,
 * unknown, or another vendor's answers 404 alike.
 */
@Named
@RequestScoped
public class PartnerDetailView {

    @EJB
    private PartnerService partners;

    @EJB
    private TierProgressService tierProgress;

    private TierProgressView progress;

    private String id;
    private Partner partner;

    public void load() throws IOException {
        if (id != null && id.matches("[0-9]{1,18}")) {
            try {
                partner = partners.find(Long.parseLong(id));
                progress = tierProgress.progress(partner.getId());
                return;
            } catch (NotFoundException e) {
                // answered below, exactly like a malformed id
            }
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "Partner not found");
        faces.responseComplete();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Partner getPartner() {
        return partner;
    }

    public TierProgressView getProgress() {
        return progress;
    }
}
