package com.partnerqbr.portal.review.meeting;

import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.review.QbrStatus;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Corrections of a held QBR's record: every change made after the QBR was marked held is kept as
 * an amendment (who, when, what changed, before and after), never as a silent overwrite.
 */
@Stateless
public class Amendments {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** An amendment as pages show it. */
    public record AmendmentView(String madeBy, Instant madeAt, String what) {
    }

    /**
     * Records a change of a QBR's record when the QBR is held: "{what}: 'before' → 'after'" (a
     * change to the same value is no change).
     */
    public void changed(Qbr qbr, String by, String what, Object before, Object after) {
        if (qbr.getStatus() == QbrStatus.HELD && !Objects.equals(before, after)) {
            em.persist(new Amendment(qbr, by, Instant.now(), what + ": " + shown(before) + " → " + shown(after)));
        }
    }

    public List<AmendmentView> of(Qbr qbr) {
        return em.createNamedQuery("Amendment.ofQbr", Amendment.class).setParameter("qbr", qbr).getResultList()
                .stream().map(a -> new AmendmentView(a.getMadeBy(), a.getMadeAt(), a.getWhat())).toList();
    }

    private static String shown(Object value) {
        return value == null ? "(nothing)" : "'" + value + "'";
    }
}
