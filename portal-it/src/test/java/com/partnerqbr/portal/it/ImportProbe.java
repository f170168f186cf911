package com.partnerqbr.portal.it;

import com.partnerqbr.portal.deal.Deal;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.program.PartnerFact;
import com.partnerqbr.portal.program.intake.ImportResult;
import com.partnerqbr.portal.program.intake.ProgramDataImport;
import com.partnerqbr.portal.program.intake.ProgramDataKind;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Looks at what an import left in the database, in the caller's tenant, deployed in the
 * services' module like {@link IsolationProbe}.
 */
@Stateless
public class ImportProbe {

    /** A deal as the vendor admin would check it. */
    public record DealFacts(String partnerCode, String customer, BigDecimal amount, String currency, String stage,
                            LocalDate closedOn, String lossReason, long version) implements Serializable {
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private ProgramDataImport importer;

    public void createPartner(String code, String name) {
        em.persist(new Partner(code, name, PartnerType.RESELLER, "EMEA", LocalDate.of(2024, 1, 1), null));
    }

    /** How many records of this entity have an external id starting with the prefix. */
    public long count(Class<? extends PartnerFact> type, String externalIdPrefix) {
        return em.createQuery("SELECT COUNT(r) FROM " + type.getSimpleName() + " r WHERE r.externalId LIKE :prefix",
                        Long.class)
                .setParameter("prefix", externalIdPrefix + "%")
                .getSingleResult();
    }

    public DealFacts deal(String externalId) {
        return em.createQuery("SELECT d FROM Deal d WHERE d.externalId = :id", Deal.class)
                .setParameter("id", externalId).getResultStream().findFirst()
                .map(d -> new DealFacts(d.getPartner().getCode(), d.getCustomer(), d.getAmount(), d.getCurrency(),
                        d.getStage().name(), d.getClosedOn(), d.getLossReason() == null ? null : d.getLossReason().name(),
                        d.getVersion()))
                .orElse(null);
    }

    /** One value of a record, by JPQL path ({@code r.revenueTarget}), as text. */
    public String value(Class<? extends PartnerFact> type, String externalId, String path) {
        List<Object> values = em.createQuery("SELECT " + path + " FROM " + type.getSimpleName()
                        + " r WHERE r.externalId = :id", Object.class)
                .setParameter("id", externalId).getResultList();
        return values.isEmpty() || values.get(0) == null ? null : values.get(0).toString();
    }

    /** Imports inside this bean's transaction, then rolls that transaction back. */
    public ImportResult importThenRollBack(ProgramDataKind kind, String csv) {
        ImportResult result = importer.importCsv(kind, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        session.setRollbackOnly();
        return result;
    }
}
