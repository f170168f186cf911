package com.partnerqbr.portal.web.audit;

import com.partnerqbr.portal.audit.AuditEntry;
import com.partnerqbr.portal.audit.AuditFilter;
import com.partnerqbr.portal.audit.AuditTrail;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The vendor's audit trail for its admins ({@code vendor/audit.xhtml}): every change to its
 * partners (and people), newest first, filtered by what changed and by a partner's code or the
 * person who changed it; times in the viewer's zone, named ({@code ViewerTime}).
 */
@Named
@ViewScoped
public class AuditTrailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditTrail trail;

    private String subject;
    private String text;

    private final LazyDataModel<AuditEntry> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(trail.count(filter()));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            return trail.page(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry row) {
            return String.valueOf(row.getId());
        }
    };

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
