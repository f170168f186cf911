package com.partnerqbr.portal.web.vendor;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.tenancy.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The vendor's program home: its partners, paged, sorted and filtered in the database; with
 * {@code ?archived=true} the archived ones instead. A partner manager opens on their book (the
 * partners they own), all partners one click away ({@code ?all=true}); one who owns none sees all.
 */
@Named
@ViewScoped
public class VendorPartnerList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PartnerService partners;

    @Inject
    private CallerContext callerContext;

    /** True: the archived partners; read once, when the view is built. */
    private boolean archived;

    /** True: only the caller's book; read once, when the view is built. */
    private boolean mine;

    /** True: a partner manager who owns no partner, shown all partners instead. */
    private boolean noBook;

    private final LazyDataModel<Partner> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(partners.count(nameFilter(filterBy), archived, mine));
        }

        @Override
        public List<Partner> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                  Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            String field = sort == null ? "name" : sort.getField();
            boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
            return partners.list(nameFilter(filterBy), archived, mine, field, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(Partner partner) {
            return String.valueOf(partner.getId());
        }
    };

    private static String nameFilter(Map<String, FilterMeta> filterBy) {
        FilterMeta name = filterBy.get("name");
        return name == null || name.getFilterValue() == null ? null : name.getFilterValue().toString();
    }

    @PostConstruct
    void init() {
        archived = "true".equals(Faces.getRequestParameter("archived"));
        boolean partnerManager = callerContext.current().hasRole(Role.PARTNER_MANAGER);
        mine = partnerManager && !archived && !"true".equals(Faces.getRequestParameter("all"));
        if (mine && partners.count(null, false, true) == 0) {
            mine = false;
            noBook = true;
        }
    }

    /** Whether the caller may create partners. */
    public boolean isMayManage() {
        return callerContext.current().may(Permission.MANAGE_PARTNERS);
    }

    /** Whether the list holds only the caller's book. */
    public boolean isMine() {
        return mine;
    }

    /** Whether to offer the caller their book: a partner manager shown all partners in the program. */
    public boolean isMayShowMine() {
        return !mine && !noBook && !archived && callerContext.current().hasRole(Role.PARTNER_MANAGER);
    }

    public boolean isNoBook() {
        return noBook;
    }

    public boolean isArchived() {
        return archived;
    }

    public LazyDataModel<Partner> getModel() {
        return model;
    }
}
