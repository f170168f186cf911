package com.partnerqbr.portal.scorecard.definition;

import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.scorecard.DefinitionsInForce;
import com.partnerqbr.portal.scorecard.Metric;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vendor's metric definitions and each partner's agreement to them. The vendor
 * publishes new versions; a partner's admin agrees to a version or raises a question; a
 * version applies to a partner's scorecards from its agreement on. Version 1 applies to all.
 */
@Stateless
public class MetricDefinitionService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private PartnerService partners;

    /** One metric's definitions as a partner sees them: the version in force for it and the newest one. */
    public record PartnerDefinition(MetricDefinition inForce, MetricDefinition newest, DefinitionAgreement answer) {

        /** A newer version waits for this partner's answer (or its question is still open). */
        public boolean isAwaitingAgreement() {
            return newest.getDefinitionVersion() > inForce.getDefinitionVersion();
        }
    }

    /** Every version of every definition, oldest first per metric; publishes the starting definitions if there are none. */
    public List<MetricDefinition> all() {
        requireVendorStaff();
        ensurePublished();
        return em.createNamedQuery("MetricDefinition.all", MetricDefinition.class).getResultList();
    }

    /** How partners answered one definition version: agreed, questioned (with the questions). */
    public List<DefinitionAgreement> answers(long definitionId) {
        requireVendorStaff();
        MetricDefinition definition = definition(definitionId);
        return em.createQuery("SELECT a FROM DefinitionAgreement a JOIN FETCH a.partner WHERE a.definition = :d"
                + " ORDER BY a.decidedAt", DefinitionAgreement.class).setParameter("d", definition).getResultList();
    }

    /**
     * Publishes a new version of a metric's definition.
     *
     * @param basedOnVersion the version the author was looking at; if someone published since, this is refused
     */
    public MetricDefinition publish(Metric metric, int basedOnVersion, String name, String formula, String source,
                                    BigDecimal parameter, String changeNote) {
        Caller caller = callerContext.require(Permission.PUBLISH_DEFINITION);
        ensurePublished();
        MetricDefinition newest = newest(metric);
        if (newest.getDefinitionVersion() != basedOnVersion) {
            throw new RefusedException(metric.getLabel() + " is at version " + newest.getDefinitionVersion()
                    + " now, published by " + newest.getPublishedBy() + " since you opened version " + basedOnVersion
                    + "; read it and publish again");
        }
        if (metric.hasParameter() && (parameter == null || parameter.signum() <= 0)) {
            throw new RefusedException(metric.getParameterLabel() + " must be a number above 0");
        }
        if (!metric.hasParameter() && parameter != null) {
            throw new RefusedException(metric.getLabel() + " has no parameter");
        }
        if (blank(name) || blank(formula) || blank(source) || blank(changeNote)) {
            throw new RefusedException("name, formula, source and what changed are all needed");
        }
        MetricDefinition published = new MetricDefinition(metric, newest.getDefinitionVersion() + 1, name.strip(),
                formula.strip(), source.strip(), parameter, changeNote.strip(), caller.name(), Instant.now());
        em.persist(published);
        return published;
    }

    /** The calling partner user's view: per metric, the version in force and the newest one with its answer. */
    public List<PartnerDefinition> forOwnPartner() {
        Partner partner = partners.ownPartner();
        ensurePublished();
        return forPartner(partner);
    }

    /** A partner's view for vendor staff. */
    public List<PartnerDefinition> forPartner(long partnerId) {
        requireVendorStaff();
        ensurePublished();
        return forPartner(partners.find(partnerId));
    }

    /**
     * Each metric's definition in force for the partner (the newest version it agreed to, else version 1) beside
     * the newest. The scorecard page reads the stuck-deal age by the same rule inside its stamp's statement
     * ({@code Scorecard.stampAndStuckAge}): a change of the rule changes both.
     */
    private List<PartnerDefinition> forPartner(Partner partner) {
        Map<Metric, List<MetricDefinition>> versions = new EnumMap<>(Metric.class);
        for (MetricDefinition d : em.createNamedQuery("MetricDefinition.all", MetricDefinition.class).getResultList()) {
            versions.computeIfAbsent(d.getMetric(), m -> new ArrayList<>()).add(d);
        }
        Map<Long, DefinitionAgreement> answers = new HashMap<>();
        for (DefinitionAgreement a : em.createNamedQuery("DefinitionAgreement.ofPartner", DefinitionAgreement.class)
                .setParameter("partner", partner).getResultList()) {
            answers.put(a.getDefinition().getId(), a);
        }
        List<PartnerDefinition> result = new ArrayList<>();
        for (List<MetricDefinition> list : versions.values()) {
            MetricDefinition inForce = list.get(0);
            for (MetricDefinition d : list) {
                DefinitionAgreement answer = answers.get(d.getId());
                if (answer != null && answer.getStatus() == AgreementStatus.AGREED) {
                    inForce = d;
                }
            }
            MetricDefinition newest = list.get(list.size() - 1);
            result.add(new PartnerDefinition(inForce, newest, answers.get(newest.getId())));
        }
        return result;
    }

    /** The partner's admin agrees to a version: it applies from the partner's next scorecard on. */
    public void agree(long definitionId) {
        answer(definitionId, null);
    }

    /** The partner's admin raises a question about a version; it does not apply until agreed. */
    public void question(long definitionId, String question) {
        if (blank(question)) {
            throw new RefusedException("write the question for the vendor");
        }
        answer(definitionId, question.strip());
    }

    private void answer(long definitionId, String question) {
        Caller caller = callerContext.require(Permission.ANSWER_DEFINITION);
        Partner partner = partners.ownPartner();
        MetricDefinition definition = definition(definitionId);
        if (definition.getDefinitionVersion() == 1) {
            throw new RefusedException("version 1 is the program's starting definition; there is nothing to agree");
        }
        DefinitionAgreement agreement = em.createNamedQuery("DefinitionAgreement.ofDefinition", DefinitionAgreement.class)
                .setParameter("partner", partner).setParameter("definition", definition)
                .getResultStream().findFirst().orElse(null);
        if (agreement != null && agreement.getStatus() == AgreementStatus.AGREED) {
            throw new RefusedException("version " + definition.getDefinitionVersion() + " of " + definition.getName()
                    + " was agreed already by " + agreement.getDecidedBy());
        }
        if (agreement == null) {
            agreement = new DefinitionAgreement(partner, definition);
            em.persist(agreement);
        }
        if (question == null) {
            agreement.agree(caller.name(), Instant.now());
        } else {
            agreement.question(question, caller.name(), Instant.now());
        }
    }

    /**
     * The definitions in force for every partner of the vendor: version 1 unless the partner
     * agreed to a later one. Partners not in the map are at version 1 of everything.
     */
    public Map<Long, DefinitionsInForce> inForceByPartner() {
        ensurePublished();
        Map<String, MetricDefinition> byKey = new HashMap<>();
        for (MetricDefinition d : em.createNamedQuery("MetricDefinition.all", MetricDefinition.class).getResultList()) {
            byKey.put(d.getMetric() + "#" + d.getDefinitionVersion(), d);
        }
        Map<Long, Map<Metric, Integer>> agreed = new HashMap<>();
        for (Object[] row : em.createNamedQuery("DefinitionAgreement.agreed", Object[].class).getResultList()) {
            Metric metric = (Metric) row[1];
            int version = (Integer) row[2];
            agreed.computeIfAbsent((Long) row[0], id -> new EnumMap<>(Metric.class)).merge(metric, version, Math::max);
        }
        Map<Long, DefinitionsInForce> result = new HashMap<>();
        DefinitionsInForce starting = starting(byKey);
        for (Map.Entry<Long, Map<Metric, Integer>> partner : agreed.entrySet()) {
            DefinitionsInForce inForce = starting;
            for (Map.Entry<Metric, Integer> e : partner.getValue().entrySet()) {
                MetricDefinition d = byKey.get(e.getKey() + "#" + e.getValue());
                inForce = inForce.with(e.getKey(), e.getValue(), d.getParameter());
            }
            result.put(partner.getKey(), inForce);
        }
        return result;
    }

    /** Version 1 of every metric as published for this vendor. */
    public DefinitionsInForce starting() {
        ensurePublished();
        Map<String, MetricDefinition> byKey = new HashMap<>();
        for (MetricDefinition d : em.createNamedQuery("MetricDefinition.all", MetricDefinition.class).getResultList()) {
            byKey.put(d.getMetric() + "#" + d.getDefinitionVersion(), d);
        }
        return starting(byKey);
    }

    private static DefinitionsInForce starting(Map<String, MetricDefinition> byKey) {
        DefinitionsInForce starting = DefinitionsInForce.starting();
        for (Metric metric : Metric.values()) {
            MetricDefinition first = byKey.get(metric + "#1");
            if (first != null && first.getParameter() != null) {
                starting = starting.with(metric, 1, first.getParameter());
            }
        }
        return starting;
    }

    /** Publishes the starting definitions (version 1 of every metric) for a vendor that has none yet. */
    public void ensurePublished() {
        long count = em.createNamedQuery("MetricDefinition.count", Long.class).getSingleResult();
        if (count > 0) {
            return;
        }
        Instant now = Instant.now();
        for (Metric metric : Metric.values()) {
            em.persist(MetricDefinition.first(metric, "program", now));
        }
        em.flush();
    }

    private MetricDefinition newest(Metric metric) {
        return em.createQuery("SELECT d FROM MetricDefinition d WHERE d.metric = :m ORDER BY d.definitionVersion DESC",
                MetricDefinition.class).setParameter("m", metric).setMaxResults(1).getSingleResult();
    }

    private MetricDefinition definition(long id) {
        MetricDefinition definition = em.find(MetricDefinition.class, id);
        if (definition == null) {
            throw new NotFoundException("metric definition", id);
        }
        return definition;
    }

    private Caller requireVendorStaff() {
        return callerContext.requireVendorStaff("for vendor staff");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
