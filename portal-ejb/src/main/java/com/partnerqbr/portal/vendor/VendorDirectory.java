package com.partnerqbr.portal.vendor;

import com.partnerqbr.portal.kernel.RefusedException;
import jakarta.ejb.Stateless;
import jakarta.interceptor.ExcludeDefaultInterceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The list of vendors (tenants). Vendors are not owned by a tenant, so this is the one
 * service that runs without one.
 */
@Stateless
@ExcludeDefaultInterceptors
public class VendorDirectory {

    /**
     * The name and currency of each vendor asked for, kept for the server's life: a vendor's name and currency never
     * change once it is opened (its entity has no way to), and every signed-in page shows the name. A vendor is only
     * removed by {@link #discard} right after it was opened, before any of its users could sign in.
     */
    private static final ConcurrentMap<String, Identity> IDENTITIES = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** What never changes about a vendor: its name and its program's currency. */
    public record Identity(String name, String currency) {
    }

    public Optional<Vendor> findByCode(String code) {
        return em.createNamedQuery("Vendor.byCode", Vendor.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** The vendor's name and currency (read from the database once); empty when there is no such vendor. */
    public Optional<Identity> identity(String code) {
        Identity known = IDENTITIES.get(code);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Identity> read = findByCode(code).map(v -> new Identity(v.getName(), v.getCurrency()));
        read.ifPresent(identity -> IDENTITIES.putIfAbsent(code, identity));
        return read;
    }

    /** The currency the vendor's program is measured in (USD when there is no such vendor). */
    public String currency(String code) {
        return identity(code).map(Identity::currency).orElse("USD");
    }

    /** Every vendor's code, in order: a scheduled job goes through them one by one ({@link VendorJobs}). */
    public List<String> codes() {
        return em.createQuery("SELECT v.code FROM Vendor v ORDER BY v.code", String.class).getResultList();
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
        IDENTITIES.remove(code);
    }

    /** A vendor whose admins get notices at {@code adminEmail} (a dispute a partner raised). */
    public Vendor register(String code, String name, String adminEmail) {
        Vendor vendor = new Vendor(code, name, adminEmail);
        em.persist(vendor);
        return vendor;
    }
}
