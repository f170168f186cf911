package com.partnerqbr.portal.web.vendor;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.program.Quarter;
import com.partnerqbr.portal.program.RefusedException;
import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.program.segment.SegmentationService;
import com.partnerqbr.portal.program.tier.TierProgressService.TierProgressView;
import com.partnerqbr.portal.program.tier.TierProgressService;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;

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

    @EJB
    private SegmentationService segmentation;

    @Inject
    private CallerContext callerContext;

    private TierProgressView progress;
    private String overrideSegment;
    private String overrideReason;

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

    /**
     * Overrides the segment of the partner's latest standing with a reason (vendor admins); an
     * empty segment goes back to the computed one. Refusals say why and change nothing; both
     * answers redirect back to the partner's page.
     */
    public String overrideSegment() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String partnerId = params.get("partnerId");
        String quarter = params.get("quarter");
        String version = params.get("standingVersion");
        if (partnerId == null || !partnerId.matches("[0-9]{1,18}") || version == null || !version.matches("[0-9]{1,18}")
                || quarter == null) {
            Messages.error("Not changed: the partner's standing was not named.");
            return null;
        }
        try {
            segmentation.override(Long.parseLong(partnerId), Quarter.parse(quarter),
                    overrideSegment == null || overrideSegment.isBlank() ? null : Segment.valueOf(overrideSegment),
                    overrideReason, Long.parseLong(version));
            Messages.info("Segment of " + quarter + " changed.");
        } catch (RefusedException e) {
            Messages.error("Not changed: " + e.getMessage());
        } catch (NotFoundException | IllegalArgumentException e) {
            Messages.error("Not changed: that partner or quarter does not exist.");
        }
        // back to the page either way (post-redirect-get), the message in the growl
        return "/vendor/partner.xhtml?faces-redirect=true&id=" + partnerId;
    }

    public boolean isMayOverride() {
        return callerContext.current().hasRole(Role.VENDOR_ADMIN);
    }

    public List<Segment> getSegments() {
        return List.of(Segment.values());
    }

    public String getOverrideSegment() {
        return overrideSegment;
    }

    public void setOverrideSegment(String overrideSegment) {
        this.overrideSegment = overrideSegment;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public TierProgressView getProgress() {
        return progress;
    }
}
