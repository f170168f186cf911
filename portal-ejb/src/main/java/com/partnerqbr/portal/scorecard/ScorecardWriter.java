package com.partnerqbr.portal.scorecard;

import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.tenancy.CallerContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes and writes the scorecards of one chunk of partners for a quarter's refresh (see
 * {@link ScorecardService#refresh}), in a transaction of its own. What the chunk's scorecards
 * hold is read as plain values and compared with the new results: only the drafts that
 * change are loaded and written as entities, the unchanged ones are marked refreshed in one
 * statement, the missing ones are created; frozen ones are left exactly as they are.
 */
@Stateless
public class ScorecardWriter {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    /** What every chunk of one refresh computes from: the quarter's facts and definitions, read once. */
    public record Basis(Quarter quarter, Map<Long, PartnerQuarterFacts.Builder> facts,
                        Map<Long, DefinitionsInForce> agreed, DefinitionsInForce starting, String currency,
                        Instant refreshedAt) {
    }

    /** A partner of the chunk: its id and type (which sets the scorecard template). */
    public record ChunkPartner(long id, PartnerType type) {
    }

    /** What a chunk did. */
    public record Written(int created, int refreshed, int frozenKept) {

        public Written plus(Written other) {
            return new Written(created + other.created, refreshed + other.refreshed, frozenKept + other.frozenKept);
        }
    }

    /** Writes the chunk's scorecards; the partners are in id order. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Written write(Basis basis, List<ChunkPartner> chunk) {
        callerContext.require(Permission.REFRESH_SCORECARDS);
        Quarter quarter = basis.quarter();
        Instant now = basis.refreshedAt();
        Map<Long, StoredScorecards.Stored> stored = StoredScorecards.read(em, quarter, chunk.get(0).id(),
                chunk.get(chunk.size() - 1).id());
        int created = 0;
        int frozen = 0;
        List<Long> unchanged = new ArrayList<>();
        Map<Long, ScorecardCalculator.Result> changed = new HashMap<>();
        for (ChunkPartner partner : chunk) {
            StoredScorecards.Stored existing = stored.get(partner.id());
            if (existing != null && existing.frozen()) {
                frozen++;
                continue;
            }
            PartnerQuarterFacts.Builder builder = basis.facts().get(partner.id());
            ScorecardCalculator.Result result = ScorecardCalculator.compute(partner.type().getScorecardTemplate(),
                    builder == null ? PartnerQuarterFacts.none() : builder.build(),
                    basis.agreed().getOrDefault(partner.id(), basis.starting()), basis.currency());
            if (existing == null) {
                Scorecard scorecard = new Scorecard(em.getReference(Partner.class, partner.id()), quarter);
                scorecard.refresh(result.figures(), result.talkingPoints(), result.healthScore(), result.wonDeals(), now);
                em.persist(scorecard);
                created++;
            } else if (existing.holds(result)) {
                unchanged.add(existing.id());
            } else {
                changed.put(existing.id(), result);
            }
        }
        for (Scorecard scorecard : changedDrafts(changed.keySet())) {
            ScorecardCalculator.Result result = changed.get(scorecard.getId());
            scorecard.refresh(result.figures(), result.talkingPoints(), result.healthScore(), result.wonDeals(), now);
        }
        touch(unchanged, now);
        return new Written(created, unchanged.size() + changed.size(), frozen);
    }

    /**
     * Marks drafts whose figures the refresh found unchanged as refreshed now, in one
     * statement instead of one update each. Like an entity update it moves their version on
     * (a freeze against the version seen before is refused), and a scorecard frozen
     * meanwhile fails the chunk as an optimistic-lock conflict would.
     */
    private void touch(List<Long> scorecardIds, Instant at) {
        if (scorecardIds.isEmpty()) {
            return;
        }
        int touched = em.createNamedQuery("Scorecard.touch").setParameter("at", at).setParameter("ids", scorecardIds)
                .executeUpdate();
        if (touched != scorecardIds.size()) {
            throw new OptimisticLockException("a scorecard was frozen or changed while its quarter was being refreshed");
        }
    }

    /** The drafts a refresh changes, as entities, with their figures and talking points read in one query each. */
    private List<Scorecard> changedDrafts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM Scorecard s WHERE s.id IN :ids", Scorecard.class)
                .setParameter("ids", List.copyOf(ids))
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch.size", ScorecardService.CHUNK)
                .setHint("eclipselink.batch", "s.figures")
                .setHint("eclipselink.batch", "s.talkingPoints")
                .getResultList();
    }
}
