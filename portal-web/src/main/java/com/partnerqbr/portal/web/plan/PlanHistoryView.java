package com.partnerqbr.portal.web.plan;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.plan.PlanHistory;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.web.faces.PagedModel;
import com.partnerqbr.portal.web.param.IdConverter;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.cdi.Param;
import org.primefaces.model.LazyDataModel;

/**
 * The history of a partner's joint plans ({@code plan-history.xhtml?partner=<id>}, linked from the
 * plan page; a partner user's own without the parameter): every change of every version, newest
 * first, with who, when, the item, before and after, times in the viewer's zone, named. Both sides
 * read it; another vendor's or partner's id answers 404 ({@link PlanHistory} confines).
 */
@Named
@ViewScoped
public class PlanHistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PartnerService partners;

    @Inject
    private PlanHistory history;

    @Inject
    private CallerContext callerContext;

    @Inject
    @Param(name = "partner", converter = IdConverter.ID)
    private Long partnerParam;

    private Long partnerId;
    private String partnerName;

    private final LazyDataModel<PlanHistory.Entry> model = new PagedModel<>(() -> history.count(partnerId),
            (first, size) -> history.page(partnerId, first, size), PlanHistory.Entry::id);

    @PostConstruct
    void read() {
        try {
            Partner partner = partnerParam != null ? partners.find(partnerParam)
                    : callerContext.current().isPartnerUser() ? partners.ownPartner() : null;
            if (partner != null) {
                partnerId = partner.getId();
                partnerName = partner.getName();
            }
        } catch (NotFoundException e) {
            partnerId = null;
        }
    }

    /** The page's view action: an unknown, foreign or malformed partner answers 404. */
    public void load() throws IOException {
        if (partnerId != null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "Partner not found");
        faces.responseComplete();
    }

    public LazyDataModel<PlanHistory.Entry> getModel() {
        return model;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public String getPartnerName() {
        return partnerName;
    }
}
