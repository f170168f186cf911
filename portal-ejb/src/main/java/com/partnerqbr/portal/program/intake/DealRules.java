package com.partnerqbr.portal.program.intake;

import static com.partnerqbr.portal.program.intake.Column.Type.AMOUNT;
import static com.partnerqbr.portal.program.intake.Column.Type.CURRENCY;
import static com.partnerqbr.portal.program.intake.Column.Type.DATE;
import static com.partnerqbr.portal.program.intake.Column.Type.EXTERNAL_ID;
import static com.partnerqbr.portal.program.intake.Column.Type.PARTNER_CODE;

import com.partnerqbr.portal.deal.Deal;
import com.partnerqbr.portal.deal.DealOrigin;
import com.partnerqbr.portal.deal.DealStage;
import com.partnerqbr.portal.deal.LossReason;
import com.partnerqbr.portal.partner.Partner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Deals: a won or lost deal carries the day it closed, a lost one why; an open one has no close date. */
final class DealRules implements KindRules<DealRules.DealRow, Deal> {

    static final Column EXTERNAL = Column.of("external_id", true, EXTERNAL_ID, "D-1001", "the deal's id in your CRM");
    static final Column PARTNER = Column.of("partner_code", true, PARTNER_CODE, "brightpath", "");
    static final Column CUSTOMER = Column.text("customer", true, 200, "Initech", "");
    static final Column AMOUNT_COLUMN = Column.of("amount", true, AMOUNT, "48000.00", "deal value");
    static final Column CURRENCY_COLUMN = Column.of("currency", true, CURRENCY, "USD", "");
    static final Column ORIGIN = Column.choice("origin", true, DealOrigin.class, "sourced",
            "sourced: the partner brought it; influenced: the partner helped win it");
    static final Column STAGE = Column.choice("stage", true, DealStage.class, "won", "");
    static final Column STAGE_ENTERED = Column.of("stage_entered_on", true, DATE, "2026-07-20",
            "when the deal entered its current stage; not before created_on");
    static final Column IDENTIFIED = Column.of("identified_on", true, DATE, "2026-05-04",
            "when the opportunity was identified");
    static final Column REGISTERED = Column.of("registered_on", false, DATE, "2026-05-06",
            "when the partner registered the deal; not before identified_on");
    static final Column CREATED = Column.of("created_on", true, DATE, "2026-05-06", "when the deal was created in the CRM");
    static final Column EXPECTED_CLOSE = Column.of("expected_close_on", false, DATE, "2026-07-31", "");
    static final Column CLOSED = Column.of("closed_on", false, DATE, "2026-07-20",
            "required for a won or lost deal, empty for an open one");
    static final Column LOSS_REASON = Column.choice("loss_reason", false, LossReason.class, "",
            "required for a lost deal, empty otherwise");
    static final Column VERTICAL = Column.text("vertical", false, 80, "Manufacturing", "the customer's industry");

    private static final List<Column> COLUMNS = List.of(EXTERNAL, PARTNER, CUSTOMER, AMOUNT_COLUMN, CURRENCY_COLUMN,
            ORIGIN, STAGE, STAGE_ENTERED, IDENTIFIED, REGISTERED, CREATED, EXPECTED_CLOSE, CLOSED, LOSS_REASON,
            VERTICAL);

    record DealRow(long line, String externalId, String partnerCode, String customer, BigDecimal amount,
                   String currency, DealOrigin origin, DealStage stage, LocalDate stageEnteredOn,
                   LocalDate identifiedOn, LocalDate registeredOn, LocalDate createdOn, LocalDate expectedCloseOn,
                   LocalDate closedOn, LossReason lossReason, String vertical) implements KindRules.CheckedRow {
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public Class<Deal> entityType() {
        return Deal.class;
    }

    @Override
    public DealRow read(RowFields fields) {
        DealRow row = new DealRow(fields.line(), fields.externalId(EXTERNAL), fields.partnerCode(PARTNER),
                fields.text(CUSTOMER), fields.amount(AMOUNT_COLUMN), fields.currency(CURRENCY_COLUMN),
                fields.choice(ORIGIN, DealOrigin.class), fields.choice(STAGE, DealStage.class),
                fields.date(STAGE_ENTERED), fields.date(IDENTIFIED), fields.date(REGISTERED), fields.date(CREATED),
                fields.date(EXPECTED_CLOSE), fields.date(CLOSED), fields.choice(LOSS_REASON, LossReason.class),
                fields.text(VERTICAL));
        if (row.stage() != null) {
            String stage = Column.written(row.stage());
            if (!row.stage().isOpen() && fields.isEmpty(CLOSED)) {
                fields.problem(CLOSED, "required for a " + stage + " deal");
            }
            if (row.stage().isOpen() && row.closedOn() != null) {
                fields.problem(CLOSED, "must be empty for an open deal (stage " + stage + ")");
            }
            if (row.stage() == DealStage.LOST && fields.isEmpty(LOSS_REASON)) {
                fields.problem(LOSS_REASON, "required for a lost deal");
            }
            if (row.stage() != DealStage.LOST && row.lossReason() != null) {
                fields.problem(LOSS_REASON, "must be empty unless the deal is lost (stage " + stage + ")");
            }
        }
        fields.notBefore(REGISTERED, row.registeredOn(), IDENTIFIED, row.identifiedOn());
        fields.notBefore(STAGE_ENTERED, row.stageEnteredOn(), CREATED, row.createdOn());
        return fields.valid() ? row : null;
    }

    @Override
    public Deal create(DealRow row, Partner partner) {
        Deal deal = new Deal(row.externalId(), partner);
        apply(deal, row, partner);
        return deal;
    }

    @Override
    public boolean sameAs(Deal stored, DealRow row, Partner partner) {
        return samePartner(stored, partner)
                && Objects.equals(stored.getCustomer(), row.customer())
                && stored.getAmount().compareTo(row.amount()) == 0
                && Objects.equals(stored.getCurrency(), row.currency())
                && stored.getOrigin() == row.origin()
                && stored.getStage() == row.stage()
                && Objects.equals(stored.getStageEnteredOn(), row.stageEnteredOn())
                && Objects.equals(stored.getIdentifiedOn(), row.identifiedOn())
                && Objects.equals(stored.getRegisteredOn(), row.registeredOn())
                && Objects.equals(stored.getCreatedOn(), row.createdOn())
                && Objects.equals(stored.getExpectedCloseOn(), row.expectedCloseOn())
                && Objects.equals(stored.getClosedOn(), row.closedOn())
                && stored.getLossReason() == row.lossReason()
                && Objects.equals(stored.getVertical(), row.vertical());
    }

    @Override
    public void apply(Deal stored, DealRow row, Partner partner) {
        stored.update(partner, row.customer(), row.amount(), row.currency(), row.origin(), row.stage(),
                row.stageEnteredOn(), row.identifiedOn(), row.registeredOn(), row.createdOn(),
                row.expectedCloseOn(), row.closedOn(), row.lossReason(), row.vertical());
    }
}
