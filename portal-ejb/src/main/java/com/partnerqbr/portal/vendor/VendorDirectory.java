package com.partnerqbr.portal.vendor;

import com.partnerqbr.portal.kernel.RefusedException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.ExcludeDefaultInterceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The list of vendors (tenants). Vendors are not owned by a tenant, so this is the one
 * service that runs without one.
 */
@Stateless
@ExcludeDefaultInterceptors
public class VendorDirectory {

    private static final Logger LOG = Logger.getLogger(VendorDirectory.class.getName());

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

    /**
     * A scheduled job's round: {@code work} for each vendor's code in turn, outside any
     * transaction (each vendor's work commits on its own); a vendor whose work fails is logged
     * and the others go on.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void forEachVendor(String job, Consumer<String> work) {
        for (String vendor : codes()) {
            try {
                work.accept(vendor);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, job + " of vendor " + vendor + " failed; the other vendors go on", e);
            }
        }
    }

    public boolean isEmpty() {
        return em.createNamedQuery("Vendor.count", Long.class).getSingleResult() == 0;
    }

    public Vendor register(String code, String name) {
        return register(code, name, null);
    }

    /** Every vendor by code, for the platform's operator (who reads no vendor's program data). */
    public List<Vendor> all() {
        return em.createQuery("SELECT v FROM Vendor v ORDER BY v.code", Vendor.class).getResultList();
    }

    /** Opens a vendor (written at once, so that its program's rows can refer to it); refused when the code is taken. */
    public Vendor open(String code, String name, String currency, String senderName) {
        if (findByCode(code).isPresent()) {
            throw new RefusedException("The vendor code " + code + " is taken; choose another.");
        }
        Vendor vendor = Vendor.opened(code, name, currency, senderName);
        em.persist(vendor);
        em.flush();
        return vendor;
    }

    /** Removes a vendor just opened whose first admin could not be invited: it has no rows of its own yet. */
    public void discard(String code) {
        findByCode(code).ifPresent(em::remove);
    }

    /** A vendor whose admins get notices at {@code adminEmail} (a dispute a partner raised). */
    public Vendor register(String code, String name, String adminEmail) {
        Vendor vendor = new Vendor(code, name, adminEmail);
        em.persist(vendor);
        return vendor;
    }
}
