package com.partnerqbr.portal.program.intake;

import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerRegistry;
import com.partnerqbr.portal.program.PartnerFact;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.program.target.QuarterlyTarget;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.vendor.Vendor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings a vendor's program data in, all or nothing: every row of one kind is checked
 * first, and either every row is applied in the caller's transaction (new external ids
 * inserted, known ones updated) or nothing changes and the result lists every problem.
 * Shared by the import page and the API.
 *
 * <p>Runs in the caller's tenant like every service: partners and records of another
 * vendor are not seen, so another vendor's partner code is "unknown" and another vendor's
 * external id is simply new. Only a vendor admin or the vendor's integration may import.
 */
@Stateless
public class ProgramDataImport {

    /** External ids per IN list when loading stored records; well under any database's limit. */
    private static final int IDS_PER_QUERY = 1000;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @Inject
    private PartnerRegistry registry;

    /**
     * Checks and applies rows that arrived as column-to-text maps (from a CSV file or a
     * JSON request). Problems name the row's {@link IncomingRow#line()} and the column.
     */
    public ImportResult importRows(ProgramDataKind kind, List<IncomingRow> rows) {
        requireImporter();
        return checkAndApply(kind, rows);
    }

    /**
     * Reads a CSV file of one kind ({@link ProgramDataCsv}) and imports its rows; a file
     * that cannot be read is refused with its problems, like a file with bad rows.
     */
    public ImportResult importCsv(ProgramDataKind kind, InputStream csv) {
        requireImporter();
        ProgramDataCsv.Read read = ProgramDataCsv.read(kind, csv);
        if (!read.readable()) {
            return ImportResult.refused(kind, read.problems());
        }
        return checkAndApply(kind, read.rows());
    }

    private void requireImporter() {
        callerContext.require(Permission.IMPORT_PROGRAM_DATA);
    }

    private ImportResult checkAndApply(ProgramDataKind kind, List<IncomingRow> rows) {
        if (rows.isEmpty()) {
            return ImportResult.refused(kind, List.of(ImportProblem.ofFile("there are no rows to import")));
        }
        Map<String, Partner> partners = em.createNamedQuery("Partner.all", Partner.class).getResultStream()
                .collect(Collectors.toMap(Partner::getCode, Function.identity()));
        ImportContext context = new ImportContext(programCurrency(), partners.keySet());
        if (kind.rules() instanceof KindRules<?, ?> facts) {
            return checkAndApply(kind, facts, rows, context, partners);
        }
        return checkAndApplyPartners(rows, context);
    }

    /** Partners by code, through {@link PartnerRegistry} (its checks, its audit trail), all or none. */
    private ImportResult checkAndApplyPartners(List<IncomingRow> rows, ImportContext context) {
        RowValidation.Checked<PartnerRules.PartnerRow> checked = RowValidation.check(ProgramDataKind.PARTNERS,
                (PartnerRules) ProgramDataKind.PARTNERS.rules(), rows, context);
        if (!checked.passed()) {
            return ImportResult.refused(ProgramDataKind.PARTNERS, checked.problems());
        }
        Map<PartnerRegistry.Outcome, Integer> counts = new EnumMap<>(PartnerRegistry.Outcome.class);
        for (PartnerRules.PartnerRow row : checked.rows()) {
            counts.merge(registry.put(row.details()), 1, Integer::sum);
        }
        em.flush();
        return ImportResult.applied(ProgramDataKind.PARTNERS, counts.getOrDefault(PartnerRegistry.Outcome.CREATED, 0),
                counts.getOrDefault(PartnerRegistry.Outcome.UPDATED, 0),
                counts.getOrDefault(PartnerRegistry.Outcome.UNCHANGED, 0));
    }

    private <R extends KindRules.CheckedRow, E extends PartnerFact> ImportResult checkAndApply(ProgramDataKind kind,
            KindRules<R, E> rules, List<IncomingRow> rows, ImportContext context, Map<String, Partner> partners) {
        RowValidation.Checked<R> checked = RowValidation.check(kind, rules, rows, context);
        List<ImportProblem> problems = new ArrayList<>(checked.problems());
        if (kind == ProgramDataKind.TARGETS && checked.passed()) {
            @SuppressWarnings("unchecked")
            List<TargetRules.TargetRow> targets = (List<TargetRules.TargetRow>) checked.rows();
            problems.addAll(TargetRules.conflictsWithStored(targets, storedTargets(targets)));
        }
        if (!problems.isEmpty()) {
            return ImportResult.refused(kind, problems);
        }
        return apply(kind, rules, checked.rows(), partners);
    }

    private <R extends KindRules.CheckedRow, E extends PartnerFact> ImportResult apply(
            ProgramDataKind kind, KindRules<R, E> rules, List<R> rows, Map<String, Partner> partners) {
        Map<String, E> stored = storedByExternalId(rules.entityType(), rows);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (R row : rows) {
            Partner partner = partners.get(row.partnerCode());
            E record = stored.get(RowValidation.key(row.externalId()));
            if (record == null) {
                em.persist(rules.create(row, partner));
                created++;
            } else if (rules.sameAs(record, row, partner)) {
                unchanged++;
            } else {
                rules.apply(record, row, partner);
                updated++;
            }
        }
        // Written now, in batches, so that a refusal by the database surfaces from this call.
        em.flush();
        return ImportResult.applied(kind, created, updated, unchanged);
    }

    /** The vendor's stored records with the rows' external ids, a thousand ids per query. */
    private <E extends PartnerFact> Map<String, E> storedByExternalId(Class<E> type, List<? extends KindRules.CheckedRow> rows) {
        List<String> ids = rows.stream().map(KindRules.CheckedRow::externalId).toList();
        Map<String, E> stored = new HashMap<>();
        String query = "SELECT r FROM " + type.getSimpleName() + " r JOIN FETCH r.partner WHERE r.externalId IN :ids";
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            em.createQuery(query, type).setParameter("ids", chunk).getResultStream()
                    .forEach(record -> stored.put(RowValidation.key(record.getExternalId()), record));
        }
        return stored;
    }

    /** The vendor's stored targets for the quarters the rows name. */
    private List<TargetRules.StoredTarget> storedTargets(List<TargetRules.TargetRow> rows) {
        Set<Quarter> quarters = rows.stream().map(TargetRules.TargetRow::quarter).collect(Collectors.toSet());
        return em.createQuery("SELECT t FROM QuarterlyTarget t JOIN FETCH t.partner WHERE t.quarter IN :quarters",
                        QuarterlyTarget.class)
                .setParameter("quarters", List.copyOf(quarters))
                .getResultStream()
                .map(t -> new TargetRules.StoredTarget(t.getExternalId(), t.getPartner().getCode(), t.getQuarter()))
                .toList();
    }

    private String programCurrency() {
        String vendorCode = callerContext.current().vendorCode();
        return em.createNamedQuery("Vendor.byCode", Vendor.class).setParameter("code", vendorCode)
                .getResultStream().findFirst().map(Vendor::getCurrency)
                .orElseThrow(() -> new AccessDeniedException("vendor " + vendorCode + " is not registered"));
    }
}
