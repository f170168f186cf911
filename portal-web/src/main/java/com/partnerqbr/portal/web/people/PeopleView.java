package com.partnerqbr.portal.web.people;

import com.partnerqbr.portal.people.PeopleDirectory;
import com.partnerqbr.portal.people.Person;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.web.faces.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The people page ({@code people.xhtml}): a vendor admin sees every person of the vendor, a
 * partner's admin its own partner's people ({@link PeopleDirectory} decides), with e-mail, role,
 * status and last sign-in in the viewer's zone.
 */
@Named
@ViewScoped
public class PeopleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PeopleDirectory directory;

    @Inject
    private CallerContext callerContext;

    private final LazyDataModel<Person> model = new PagedModel<>(() -> directory.count(),
            (first, size) -> directory.page(first, size), Person::getId);

    @PostConstruct
    void init() {
        directory.count();
    }

    /** True for a partner's admin, who sees its own partner's people only. */
    public boolean isOwnPartner() {
        return callerContext.current().isPartnerUser();
    }

    public LazyDataModel<Person> getModel() {
        return model;
    }
}
