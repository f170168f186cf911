package com.partnerqbr.portal.program.intake;

import static com.partnerqbr.portal.program.intake.Column.Type.AMOUNT;
import static com.partnerqbr.portal.program.intake.Column.Type.CURRENCY;
import static com.partnerqbr.portal.program.intake.Column.Type.DATE;
import static com.partnerqbr.portal.program.intake.Column.Type.EXTERNAL_ID;
import static com.partnerqbr.portal.program.intake.Column.Type.PARTNER_CODE;

import com.partnerqbr.portal.commission.Commission;
import com.partnerqbr.portal.partner.Partner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Commissions the vendor owes its partners, counted in the quarter they were earned. */
final class CommissionRules implements KindRules<CommissionRules.CommissionRow, Commission> {

    static final Column EXTERNAL = Column.of("external_id", true, EXTERNAL_ID, "C-5001", "the commission's id in your system");
    static final Column PARTNER = Column.of("partner_code", true, PARTNER_CODE, "brightpath", "");
    static final Column DEAL = Column.of("deal_external_id", false, EXTERNAL_ID, "D-1001", "the deal it was paid for");
    static final Column AMOUNT_COLUMN = Column.of("amount", true, AMOUNT, "4800.00", "");
    static final Column CURRENCY_COLUMN = Column.of("currency", true, CURRENCY, "USD", "");
    static final Column EARNED = Column.of("earned_on", true, DATE, "2026-07-20", "");

    private static final List<Column> COLUMNS = List.of(EXTERNAL, PARTNER, DEAL, AMOUNT_COLUMN, CURRENCY_COLUMN, EARNED);

    record CommissionRow(long line, String externalId, String partnerCode, String dealExternalId, BigDecimal amount,
                         String currency, LocalDate earnedOn) implements KindRules.CheckedRow {
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public Class<Commission> entityType() {
        return Commission.class;
    }

    @Override
    public CommissionRow read(RowFields fields) {
        CommissionRow row = new CommissionRow(fields.line(), fields.externalId(EXTERNAL), fields.partnerCode(PARTNER),
                fields.externalId(DEAL), fields.amount(AMOUNT_COLUMN), fields.currency(CURRENCY_COLUMN),
                fields.date(EARNED));
        return fields.valid() ? row : null;
    }

    @Override
    public Commission create(CommissionRow row, Partner partner) {
        Commission commission = new Commission(row.externalId(), partner);
        apply(commission, row, partner);
        return commission;
    }

    @Override
    public boolean sameAs(Commission stored, CommissionRow row, Partner partner) {
        return samePartner(stored, partner)
                && Objects.equals(stored.getDealExternalId(), row.dealExternalId())
                && stored.getAmount().compareTo(row.amount()) == 0
                && Objects.equals(stored.getCurrency(), row.currency())
                && Objects.equals(stored.getEarnedOn(), row.earnedOn());
    }

    @Override
    public void apply(Commission stored, CommissionRow row, Partner partner) {
        stored.update(partner, row.dealExternalId(), row.amount(), row.currency(), row.earnedOn());
    }
}
