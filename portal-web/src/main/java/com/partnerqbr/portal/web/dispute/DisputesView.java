package com.partnerqbr.portal.web.dispute;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.scorecard.dispute.Dispute;
import com.partnerqbr.portal.scorecard.dispute.DisputeService;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Disputed figures with their age, open ones first; those who may, resolve them with a note. */
@Named
@ViewScoped
public class DisputesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DisputeService disputes;

    @Inject
    private CallerContext callerContext;

    private List<Dispute> list;
    private Long resolving;
    private String resolution;

    @PostConstruct
    void load() {
        list = disputes.list();
    }

    public List<Dispute> getDisputes() {
        return list;
    }

    public long getOpen() {
        return list.stream().filter(d -> !d.isResolved()).count();
    }

    /** "3 days", "5 hours": how long it has been open, or was open. */
    public String age(Dispute dispute) {
        Duration age = dispute.age(Instant.now());
        if (age.toDays() >= 1) {
            return age.toDays() + (age.toDays() == 1 ? " day" : " days");
        }
        return Math.max(1, age.toHours()) + (age.toHours() <= 1 ? " hour" : " hours");
    }

    /** Whether the caller may resolve disputes at all: renders the resolve form. */
    public boolean isMayResolve() {
        return callerContext.current().may(Permission.RESOLVE_DISPUTE);
    }

    /** Whether the caller may resolve this dispute (the service's answer). */
    public boolean mayResolve(Dispute dispute) {
        return disputes.mayResolve(dispute);
    }

    public String resolve() {
        String page = "/disputes.xhtml";
        try {
            disputes.resolve(resolving == null ? -1 : resolving, resolution);
            Messages.info("Resolved. The figure itself is unchanged; the resolution is on record.");
        } catch (RefusedException | NotFoundException | AccessDeniedException e) {
            Messages.error("Not resolved: " + e.getMessage() + ".");
        }
        return page + "?faces-redirect=true";
    }

    public Long getResolving() {
        return resolving;
    }

    public void setResolving(Long resolving) {
        this.resolving = resolving;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }
}
