package com.partnerqbr.portal.vendor;

import jakarta.ejb.Stateless;
import jakarta.interceptor.ExcludeDefaultInterceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The list of vendors (tenants). Vendors are not owned by a tenant, so this is the one
 * service that runs without one.
 */
@Stateless
@ExcludeDefaultInterceptors
public class VendorDirectory {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public Optional<Vendor> findByCode(String code) {
        return em.createNamedQuery("Vendor.byCode", Vendor.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** Every vendor's code, in order: the nightly refresh goes through them one by one. */
    public List<String> codes() {
        return em.createQuery("SELECT v.code FROM Vendor v ORDER BY v.code", String.class).getResultList();
    }

    public boolean isEmpty() {
        return em.createNamedQuery("Vendor.count", Long.class).getSingleResult() == 0;
    }

    public Vendor register(String code, String name) {
        return register(code, name, null);
    }

    /** A vendor whose admins get notices at {@code adminEmail} (a dispute a partner raised). */
    public Vendor register(String code, String name, String adminEmail) {
        Vendor vendor = new Vendor(code, name, adminEmail);
        em.persist(vendor);
        return vendor;
    }
}
