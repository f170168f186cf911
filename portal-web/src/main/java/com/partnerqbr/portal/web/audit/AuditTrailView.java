package com.partnerqbr.portal.web.audit;

import com.partnerqbr.portal.audit.AuditEntry;
import com.partnerqbr.portal.audit.AuditFilter;
import com.partnerqbr.portal.audit.AuditTrail;
import com.partnerqbr.portal.web.faces.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The vendor's audit trail for its admins ({@code vendor/audit.xhtml}): every change to its
 * partners (and people), newest first, filtered by what changed and by a partner's code or the
 * person who changed it; times in the viewer's zone, named ({@code ViewerTime}).
 */
@Named
@ViewScoped
public class AuditTrailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditTrail trail;

    private String subject;
    private String text;

    private final LazyDataModel<AuditEntry> model = new PagedModel<>(() -> trail.count(filter()),
            (first, size) -> trail.page(filter(), first, size), AuditEntry::getId);

    @PostConstruct
    void init() {
        trail.count(AuditFilter.ALL);
    }

    private AuditFilter filter() {
        return new AuditFilter(subject == null || subject.isEmpty() ? null : subject, text);
    }

    public LazyDataModel<AuditEntry> getModel() {
        return model;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
