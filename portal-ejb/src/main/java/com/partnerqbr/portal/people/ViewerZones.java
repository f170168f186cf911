package com.partnerqbr.portal.people;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.tenancy.CallerContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The time zone the calling person reads times in: chosen by the person (any signed-in user, for
 * themself only), or none, and then pages use the program's time zone.
 */
@Stateless
public class ViewerZones {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    /** The zone the caller chose, if any. */
    public Optional<ZoneId> chosen() {
        return stored().map(z -> ZoneId.of(z.getTimeZone()));
    }

    /**
     * Keeps the caller's zone (an IANA id such as America/Chicago); an empty one goes back to the
     * program's zone. Refused, and nothing kept, when it is not a time zone.
     */
    public Optional<ZoneId> choose(String timeZone) {
        String id = timeZone == null ? "" : timeZone.strip();
        Optional<ViewerZone> stored = stored();
        if (id.isEmpty()) {
            stored.ifPresent(em::remove);
            return Optional.empty();
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new RefusedException("'" + (id.length() > 40 ? id.substring(0, 40) + "..." : id) + "' is not a time"
                    + " zone: write it like America/Chicago or Europe/Berlin.");
        }
        if (stored.isPresent()) {
            stored.get().change(zone.getId());
        } else {
            em.persist(new ViewerZone(callerContext.current().name(), zone.getId()));
        }
        em.flush();
        return Optional.of(zone);
    }

    private Optional<ViewerZone> stored() {
        return em.createNamedQuery("ViewerZone.ofUser", ViewerZone.class)
                .setParameter("username", callerContext.current().name()).getResultStream().findFirst();
    }
}
