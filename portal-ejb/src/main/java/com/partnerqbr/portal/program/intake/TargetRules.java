package com.partnerqbr.portal.program.intake;

import static com.partnerqbr.portal.program.intake.Column.Type.AMOUNT;
import static com.partnerqbr.portal.program.intake.Column.Type.CURRENCY;
import static com.partnerqbr.portal.program.intake.Column.Type.EXTERNAL_ID;
import static com.partnerqbr.portal.program.intake.Column.Type.PARTNER_CODE;
import static com.partnerqbr.portal.program.intake.Column.Type.QUARTER;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.program.target.QuarterlyTarget;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Quarterly revenue targets: one per partner and quarter. The external id may be left
 * empty: it is then {@code <partner code>/<quarter>}.
 */
final class TargetRules implements KindRules<TargetRules.TargetRow, QuarterlyTarget> {

    static final Column EXTERNAL = Column.of("external_id", false, EXTERNAL_ID, "",
            "empty: partner code and quarter, e.g. brightpath/2026-Q3");
    static final Column PARTNER = Column.of("partner_code", true, PARTNER_CODE, "brightpath", "");
    static final Column QUARTER_COLUMN = Column.of("quarter", true, QUARTER, "2026-Q3", "one target per partner and quarter");
    static final Column REVENUE_TARGET = Column.of("revenue_target", true, AMOUNT, "250000.00", "");
    static final Column CURRENCY_COLUMN = Column.of("currency", true, CURRENCY, "USD", "");

    private static final int MAX_EXTERNAL_ID = 64;

    private static final List<Column> COLUMNS = List.of(EXTERNAL, PARTNER, QUARTER_COLUMN, REVENUE_TARGET,
            CURRENCY_COLUMN);

    record TargetRow(long line, String externalId, String partnerCode, Quarter quarter, BigDecimal revenueTarget,
                     String currency) implements KindRules.CheckedRow {
    }

    /** A target as stored: which external id holds which partner's quarter. */
    record StoredTarget(String externalId, String partnerCode, Quarter quarter) {
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public Class<QuarterlyTarget> entityType() {
        return QuarterlyTarget.class;
    }

    @Override
    public TargetRow read(RowFields fields) {
        String externalId = fields.externalId(EXTERNAL);
        String partnerCode = fields.partnerCode(PARTNER);
        Quarter quarter = fields.quarter(QUARTER_COLUMN);
        BigDecimal target = fields.amount(REVENUE_TARGET);
        String currency = fields.currency(CURRENCY_COLUMN);
        if (!fields.valid()) {
            return null;
        }
        if (externalId == null) {
            externalId = partnerCode + "/" + quarter;
            if (externalId.length() > MAX_EXTERNAL_ID) {
                fields.problem(EXTERNAL, "required for this partner: " + externalId + " would be longer than "
                        + MAX_EXTERNAL_ID + " characters");
                return null;
            }
        }
        return new TargetRow(fields.line(), externalId, partnerCode, quarter, target, currency);
    }

    /** A second target for the same partner and quarter in one file. */
    @Override
    public List<ImportProblem> acrossRows(List<TargetRow> rows) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, TargetRow> first = new HashMap<>();
        for (TargetRow row : rows) {
            TargetRow earlier = first.putIfAbsent(row.partnerCode() + "/" + row.quarter(), row);
            if (earlier != null && !earlier.externalId().equals(row.externalId())) {
                problems.add(new ImportProblem(row.line(), QUARTER_COLUMN.name(), "a second target for "
                        + row.partnerCode() + " in " + row.quarter() + ": the first is on line " + earlier.line()));
            }
        }
        return problems;
    }

    /**
     * Rows that would give a partner a second target for a quarter: another stored target,
     * which this file does not move elsewhere, already holds that partner's quarter.
     *
     * @param stored the vendor's stored targets for the quarters the rows name
     */
    static List<ImportProblem> conflictsWithStored(List<TargetRow> rows, Collection<StoredTarget> stored) {
        Map<String, TargetRow> incoming = new HashMap<>();
        rows.forEach(row -> incoming.put(row.externalId(), row));
        Map<String, String> holderOfSlot = new HashMap<>();
        for (StoredTarget target : stored) {
            if (!incoming.containsKey(target.externalId())) {
                holderOfSlot.put(target.partnerCode() + "/" + target.quarter(), target.externalId());
            }
        }
        List<ImportProblem> problems = new ArrayList<>();
        for (TargetRow row : rows) {
            String holder = holderOfSlot.get(row.partnerCode() + "/" + row.quarter());
            if (holder != null) {
                problems.add(new ImportProblem(row.line(), QUARTER_COLUMN.name(), row.partnerCode()
                        + " already has a target for " + row.quarter() + " with external id " + holder
                        + ": use that id to change it"));
            }
        }
        return problems;
    }

    @Override
    public QuarterlyTarget create(TargetRow row, Partner partner) {
        QuarterlyTarget target = new QuarterlyTarget(row.externalId(), partner);
        apply(target, row, partner);
        return target;
    }

    @Override
    public boolean sameAs(QuarterlyTarget stored, TargetRow row, Partner partner) {
        return samePartner(stored, partner)
                && Objects.equals(stored.getQuarter(), row.quarter())
                && stored.getRevenueTarget().compareTo(row.revenueTarget()) == 0
                && Objects.equals(stored.getCurrency(), row.currency());
    }

    @Override
    public void apply(QuarterlyTarget stored, TargetRow row, Partner partner) {
        stored.update(partner, row.quarter(), row.revenueTarget(), row.currency());
    }
}
