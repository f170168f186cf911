package com.partnerqbr.portal.program;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.people.ViewerZones;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Permission;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/**
 * The program's time zone, in which QBR deadlines are counted (UTC unless the vendor chose
 * another), and the most of a QBR's agenda that may look back (a third by default). Everyone of
 * the vendor reads them; vendor admins change them.
 */
@Stateless
public class ProgramClock {

    /** The program's zone while the vendor has no settings of its own. */
    private static final ZoneId DEFAULT_ZONE = ZoneId.of(ProgramSettings.DEFAULT_TIME_ZONE);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private ViewerZones viewerZones;

    /** The program's settings as the QBR workspace reads them. */
    public record ReviewClock(ZoneId zone, int lookBackPercent, long version) {
    }

    public ReviewClock clock() {
        callerContext.current();
        return em.createNamedQuery("ProgramSettings.ofVendor", ProgramSettings.class).getResultStream().findFirst()
                .map(s -> new ReviewClock(ZoneId.of(s.getTimeZone()), s.getLookBackPercent(), s.getVersion()))
                .orElse(new ReviewClock(DEFAULT_ZONE,
                        ProgramSettings.DEFAULT_LOOK_BACK_PERCENT, -1));
    }

    /**
     * The zone the calling person reads times in: the one they chose, or else the program's. Texts
     * a service writes for the caller (a refusal, "Your next QBR is on ...") show times in it.
     */
    public ZoneId viewerZone() {
        return viewerZoneChoice().zone();
    }

    /** The zone the calling person reads times in, and whether they chose it (else it is the program's). */
    public record ViewerZoneChoice(ZoneId zone, boolean chosen) {
    }

    /**
     * {@link #viewerZone()} and whether the person chose it, in one call: every page's layout asks
     * both. The program's zone and the person's come in one statement; a vendor without its
     * settings row has the default zone.
     */
    public ViewerZoneChoice viewerZoneChoice() {
        List<Object[]> zones = em.createQuery("SELECT s.timeZone, (SELECT z.timeZone FROM ViewerZone z"
                        + " WHERE z.username = :username) FROM ProgramSettings s", Object[].class)
                .setParameter("username", callerContext.current().name()).getResultList();
        if (zones.isEmpty()) {
            return viewerZones.chosen().map(zone -> new ViewerZoneChoice(zone, true))
                    .orElseGet(() -> new ViewerZoneChoice(DEFAULT_ZONE, false));
        }
        String chosen = (String) zones.get(0)[1];
        return chosen != null ? new ViewerZoneChoice(ZoneId.of(chosen), true)
                : new ViewerZoneChoice(ZoneId.of((String) zones.get(0)[0]), false);
    }

    /** Changes the time zone and the look-back share; refused with the reason when either is not right. */
    public ReviewClock change(String timeZone, int lookBackPercent) {
        callerContext.require(Permission.CHANGE_PROGRAM_SETTINGS);
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone == null ? "" : timeZone.strip());
        } catch (DateTimeException e) {
            throw new RefusedException("'" + timeZone + "' is not a time zone: write it like America/Chicago or"
                    + " Europe/Berlin.");
        }
        if (lookBackPercent < 10 || lookBackPercent > 50) {
            throw new RefusedException("The share of a QBR that may look back is between 10% and 50%; "
                    + lookBackPercent + "% is not.");
        }
        ProgramSettings settings = em.createNamedQuery("ProgramSettings.ofVendor", ProgramSettings.class)
                .getResultStream().findFirst().orElse(null);
        if (settings == null) {
            settings = new ProgramSettings();
            em.persist(settings);
        }
        settings.changeReviewClock(zone.getId(), lookBackPercent);
        em.flush();
        return clock();
    }
}
