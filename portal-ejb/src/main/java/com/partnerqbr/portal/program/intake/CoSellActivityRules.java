package com.partnerqbr.portal.program.intake;

import static com.partnerqbr.portal.program.intake.Column.Type.DATE;
import static com.partnerqbr.portal.program.intake.Column.Type.EXTERNAL_ID;
import static com.partnerqbr.portal.program.intake.Column.Type.PARTNER_CODE;

import com.partnerqbr.portal.cosell.CoSellActivity;
import com.partnerqbr.portal.cosell.CoSellKind;
import com.partnerqbr.portal.partner.Partner;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Co-sell activities: what the vendor's and the partner's sellers did together. */
final class CoSellActivityRules implements KindRules<CoSellActivityRules.ActivityRow, CoSellActivity> {

    static final Column EXTERNAL = Column.of("external_id", true, EXTERNAL_ID, "A-77", "the activity's id in your CRM");
    static final Column PARTNER = Column.of("partner_code", true, PARTNER_CODE, "brightpath", "");
    static final Column KIND = Column.choice("kind", true, CoSellKind.class, "joint_call", "");
    static final Column OCCURRED = Column.of("occurred_on", true, DATE, "2026-07-08", "");
    static final Column DEAL = Column.of("deal_external_id", false, EXTERNAL_ID, "D-1001", "the deal it was for");
    static final Column NOTE = Column.text("note", false, 500, "Discovery call with the CFO", "");

    private static final List<Column> COLUMNS = List.of(EXTERNAL, PARTNER, KIND, OCCURRED, DEAL, NOTE);

    record ActivityRow(long line, String externalId, String partnerCode, CoSellKind kind, LocalDate occurredOn,
                       String dealExternalId, String note) implements KindRules.CheckedRow {
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public Class<CoSellActivity> entityType() {
        return CoSellActivity.class;
    }

    @Override
    public ActivityRow read(RowFields fields) {
        ActivityRow row = new ActivityRow(fields.line(), fields.externalId(EXTERNAL), fields.partnerCode(PARTNER),
                fields.choice(KIND, CoSellKind.class), fields.date(OCCURRED), fields.externalId(DEAL),
                fields.text(NOTE));
        return fields.valid() ? row : null;
    }

    @Override
    public CoSellActivity create(ActivityRow row, Partner partner) {
        CoSellActivity activity = new CoSellActivity(row.externalId(), partner);
        apply(activity, row, partner);
        return activity;
    }

    @Override
    public boolean sameAs(CoSellActivity stored, ActivityRow row, Partner partner) {
        return samePartner(stored, partner)
                && stored.getKind() == row.kind()
                && Objects.equals(stored.getOccurredOn(), row.occurredOn())
                && Objects.equals(stored.getDealExternalId(), row.dealExternalId())
                && Objects.equals(stored.getNote(), row.note());
    }

    @Override
    public void apply(CoSellActivity stored, ActivityRow row, Partner partner) {
        stored.update(partner, row.kind(), row.occurredOn(), row.dealExternalId(), row.note());
    }
}
