package com.partnerqbr.portal.program.segment;

import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.program.segment.ReviewFormats.Format;
import com.partnerqbr.portal.tenancy.CallerContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The review format of each segment (how its partners are reviewed, see {@link ReviewFormats}):
 * the vendor's own where a vendor admin edited one, else the default. Everyone of the vendor
 * reads them; vendor admins change them.
 */
@Stateless
public class ReviewFormatService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    /** The review format of every segment, the vendor's where it edited one, else the default. */
    public List<Format> formats() {
        Map<Segment, Format> formats = new EnumMap<>(Segment.class);
        ReviewFormats.defaults().forEach(f -> formats.put(f.segment(), f));
        for (ReviewFormat f : em.createNamedQuery("ReviewFormat.all", ReviewFormat.class).getResultList()) {
            formats.put(f.getSegment(), new Format(f.getSegment(), f.getCadence(), f.getMeetingMinutes(), f.getMeeting(),
                    f.getBetweenReviews(), f.getVersion()));
        }
        return List.copyOf(formats.values());
    }

    /** Saves one segment's format; refused when invalid or stale (version -1: the default was shown). */
    public Format saveFormat(Segment segment, ReviewCadence cadence, int meetingMinutes, String meeting,
                             String betweenReviews, long expectedVersion) {
        callerContext.require(Permission.CHANGE_PROGRAM_SETTINGS);
        if (segment == null || cadence == null) {
            throw new RefusedException("Choose the segment and how it is reviewed.");
        }
        if (meetingMinutes < 0 || meetingMinutes > 480) {
            throw new RefusedException("The meeting length must be 0 to 480 minutes.");
        }
        if (meeting == null || meeting.isBlank() || meeting.strip().length() > 300) {
            throw new RefusedException("Describe the review in 1 to 300 characters.");
        }
        if (betweenReviews == null || betweenReviews.isBlank() || betweenReviews.strip().length() > 300) {
            throw new RefusedException("Describe what happens between reviews in 1 to 300 characters.");
        }
        ReviewFormat stored = em.createNamedQuery("ReviewFormat.all", ReviewFormat.class).getResultStream()
                .filter(f -> f.getSegment() == segment).findFirst().orElse(null);
        long current = stored == null ? -1 : stored.getVersion();
        if (current != expectedVersion) {
            throw new RefusedException("Someone changed the " + segment.getLabel().toLowerCase(Locale.ROOT)
                    + " format since you opened it; reload and try again.");
        }
        if (stored == null) {
            stored = new ReviewFormat(segment);
            em.persist(stored);
        }
        stored.update(cadence, meetingMinutes, meeting.strip(), betweenReviews.strip());
        em.flush();
        return formats().stream().filter(f -> f.segment() == segment).findFirst().orElseThrow();
    }
}
