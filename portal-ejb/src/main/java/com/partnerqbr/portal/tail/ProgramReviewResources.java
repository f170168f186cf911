package com.partnerqbr.portal.tail;

import com.partnerqbr.portal.kernel.Inputs;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Permission;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The resources of the program review's sessions: the links a vendor attaches to a session (slides,
 * a document, its recording), which it may remove again, and, listed with them, the files stored by
 * the portal ({@link ProgramReviewFiles}). Another vendor's session or link: "not found".
 */
@Stateless
public class ProgramReviewResources {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private ProgramReviewFiles files;

    /**
     * A link or a file attached to a session: slides, a document or the recording.
     *
     * @param id   the link's id, or the file's when {@code file}
     * @param file whether it is a file stored by the portal (its url the portal's address of it)
     */
    public record ResourceView(long id, boolean file, String title, String url, boolean recording, String addedBy,
                               Instant addedAt) {
    }

    /**
     * Attaches a link to a session (slides, a document, or its recording): refused without a title
     * or with a link that is not https; a cancelled session takes none; another vendor's: "not found".
     */
    public ResourceView add(long sessionId, String title, String url, boolean recording) {
        Caller caller = callerContext.require(Permission.PLAN_PROGRAM_REVIEWS);
        ProgramReviewSession session = ProgramReviewService.notCancelled(em, sessionId);
        ProgramReviewResource resource = new ProgramReviewResource(session, Inputs.filled("Title", title, 200),
                ProgramReviewService.link("Link", url, "the slides, document or recording"), recording, caller.name(),
                Instant.now());
        em.persist(resource);
        em.flush();
        return view(resource);
    }

    /** Removes a link from its session; another vendor's link, or one removed already: "not found". */
    public ResourceView remove(long linkId) {
        callerContext.require(Permission.PLAN_PROGRAM_REVIEWS);
        return view(removed(em, ProgramReviewResource.class, linkId, "program review link"));
    }

    /** Removes a link or a file of the caller's vendor, found by id; another vendor's, or none: "not found". */
    static <T extends OfSession> T removed(EntityManager em, Class<T> type, long id, String what) {
        T row = em.find(type, id);
        if (row == null) {
            throw new NotFoundException(what, id);
        }
        em.remove(row);
        em.flush();
        return row;
    }

    /** Every resource of the vendor's sessions, by session: the links, the recording first, then the files. */
    public Map<Long, List<ResourceView>> bySession() {
        Map<Long, List<ResourceView>> resources = em.createNamedQuery("ProgramReviewResource.all",
                        ProgramReviewResource.class).getResultStream()
                .collect(Collectors.groupingBy(ProgramReviewResource::getSessionId, LinkedHashMap::new,
                        Collectors.mapping(ProgramReviewResources::view, Collectors.toCollection(ArrayList::new))));
        files.bySession().forEach((session, ofSession) -> resources.computeIfAbsent(session, s -> new ArrayList<>())
                .addAll(ofSession));
        return resources;
    }

    private static ResourceView view(ProgramReviewResource r) {
        return new ResourceView(r.getId(), false, r.getTitle(), r.getUrl(), r.isRecording(), r.getAddedBy(),
                r.getAddedAt());
    }
}
