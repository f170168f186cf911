package com.partnerqbr.portal.program.intake;

import static com.partnerqbr.portal.program.intake.Column.Type.DATE;
import static com.partnerqbr.portal.program.intake.Column.Type.EXTERNAL_ID;
import static com.partnerqbr.portal.program.intake.Column.Type.PARTNER_CODE;

import com.partnerqbr.portal.integration.JointCustomer;
import com.partnerqbr.portal.partner.Partner;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Customers both companies serve: signed, first value reached, integration live. */
final class JointCustomerRules implements KindRules<JointCustomerRules.JointCustomerRow, JointCustomer> {

    static final Column EXTERNAL = Column.of("external_id", true, EXTERNAL_ID, "J-12", "the customer's id in your system");
    static final Column PARTNER = Column.of("partner_code", true, PARTNER_CODE, "orbit-integrations", "");
    static final Column CUSTOMER = Column.text("customer", true, 200, "Globodyne", "");
    static final Column SIGNED = Column.of("signed_on", true, DATE, "2026-04-15", "");
    static final Column FIRST_VALUE = Column.of("first_value_on", false, DATE, "2026-05-20",
            "when the customer first got value; not before signed_on");
    static final Column INTEGRATION_LIVE = Column.of("integration_live_on", false, DATE, "2026-05-02",
            "when the partner's integration went live for the customer");

    private static final List<Column> COLUMNS = List.of(EXTERNAL, PARTNER, CUSTOMER, SIGNED, FIRST_VALUE,
            INTEGRATION_LIVE);

    record JointCustomerRow(long line, String externalId, String partnerCode, String customer, LocalDate signedOn,
                            LocalDate firstValueOn, LocalDate integrationLiveOn) implements KindRules.CheckedRow {
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public Class<JointCustomer> entityType() {
        return JointCustomer.class;
    }

    @Override
    public JointCustomerRow read(RowFields fields) {
        JointCustomerRow row = new JointCustomerRow(fields.line(), fields.externalId(EXTERNAL),
                fields.partnerCode(PARTNER), fields.text(CUSTOMER), fields.date(SIGNED), fields.date(FIRST_VALUE),
                fields.date(INTEGRATION_LIVE));
        fields.notBefore(FIRST_VALUE, row.firstValueOn(), SIGNED, row.signedOn());
        return fields.valid() ? row : null;
    }

    @Override
    public JointCustomer create(JointCustomerRow row, Partner partner) {
        JointCustomer customer = new JointCustomer(row.externalId(), partner);
        apply(customer, row, partner);
        return customer;
    }

    @Override
    public boolean sameAs(JointCustomer stored, JointCustomerRow row, Partner partner) {
        return samePartner(stored, partner)
                && Objects.equals(stored.getCustomer(), row.customer())
                && Objects.equals(stored.getSignedOn(), row.signedOn())
                && Objects.equals(stored.getFirstValueOn(), row.firstValueOn())
                && Objects.equals(stored.getIntegrationLiveOn(), row.integrationLiveOn());
    }

    @Override
    public void apply(JointCustomer stored, JointCustomerRow row, Partner partner) {
        stored.update(partner, row.customer(), row.signedOn(), row.firstValueOn(), row.integrationLiveOn());
    }
}
