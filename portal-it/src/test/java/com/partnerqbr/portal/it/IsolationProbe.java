package com.partnerqbr.portal.it;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Code that "forgets" the tenant: raw entity-manager calls with no vendor predicate,
 * deployed inside the services' EJB module, so behind the same default interceptor as
 * every service. Whatever it asks, the persistence layer
 * must keep it inside the caller's vendor.
 */
@Stateless
public class IsolationProbe {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private PartnerService partners;

    public long createPartner(String code, String name) {
        Partner partner = new Partner(code, name, PartnerType.RESELLER, "EMEA", LocalDate.of(2024, 1, 1), null);
        em.persist(partner);
        em.flush();
        return partner.getId();
    }

    public Partner find(long id) {
        return em.find(Partner.class, id);
    }

    public List<String> codesByJpql() {
        return em.createQuery("SELECT p.code FROM Partner p", String.class).getResultList();
    }

    public List<String> codesByNamedQuery() {
        return em.createNamedQuery("Partner.all", Partner.class).getResultList().stream().map(Partner::getCode).toList();
    }

    public long countByJpql() {
        return em.createQuery("SELECT COUNT(p) FROM Partner p", Long.class).getSingleResult();
    }

    public int setRegionOfAll(String region) {
        return em.createQuery("UPDATE Partner p SET p.region = :region").setParameter("region", region).executeUpdate();
    }

    public int renameById(long id, String name) {
        return em.createQuery("UPDATE Partner p SET p.name = :name WHERE p.id = :id")
                .setParameter("name", name).setParameter("id", id).executeUpdate();
    }

    public int deleteByCode(String code) {
        return em.createQuery("DELETE FROM Partner p WHERE p.code = :code").setParameter("code", code).executeUpdate();
    }

    public boolean removeById(long id) {
        Partner partner = em.find(Partner.class, id);
        if (partner == null) {
            return false;
        }
        em.remove(partner);
        return true;
    }

    /** Inside this transaction, calls a service as a caller of another vendor. */
    public long countAsOtherCallerInSameTransaction(Caller other) {
        countByJpql();
        return callerContext.runAs(other, () -> partners.count(null, false, false));
    }
}
