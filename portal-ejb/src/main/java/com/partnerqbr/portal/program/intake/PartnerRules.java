package com.partnerqbr.portal.program.intake;

import static com.partnerqbr.portal.program.intake.Column.Type.DATE;

import com.partnerqbr.portal.partner.PartnerDetails;
import com.partnerqbr.portal.partner.PartnerType;
import java.time.LocalDate;
import java.util.List;

/**
 * The partners themselves, keyed by code: a new code creates a partner, a known one (also an
 * archived one) takes the row's details. The values are read here; their rules are
 * {@link PartnerDetails#problems()}, the same as the partner form's.
 */
final class PartnerRules implements RowRules<PartnerRules.PartnerRow> {

    static final Column CODE = Column.text("code", true, 64, "brightpath",
            "the partner's key: 2 to 64 lower-case letters, digits and hyphens; its users and the API know it by it");
    static final Column NAME = Column.text("name", true, PartnerDetails.MAX_NAME, "Brightpath Solutions", "");
    static final Column TYPE = Column.choice("type", true, PartnerType.class, "reseller", "");
    static final Column REGION = Column.text("region", false, PartnerDetails.MAX_REGION, "North America", "");
    static final Column JOINED_ON = Column.of("joined_on", true, DATE, "2024-03-01", "when it joined the program");
    static final Column TIME_ZONE = Column.text("time_zone", false, 64, "America/Chicago",
            "an IANA time zone; empty: the program's zone");
    static final Column OWNER = Column.text("owner", false, PartnerDetails.MAX_OWNER, "max",
            "the user name of the partner manager who owns it");

    private static final List<Column> COLUMNS = List.of(CODE, NAME, TYPE, REGION, JOINED_ON, TIME_ZONE, OWNER);

    /** A checked partner row; its key is the code. */
    record PartnerRow(long line, PartnerDetails details) implements RowRules.CheckedRow {

        @Override
        public String externalId() {
            return details.code();
        }

        @Override
        public String partnerCode() {
            return details.code();
        }
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public String keyColumn() {
        return CODE.name();
    }

    @Override
    public PartnerRow read(RowFields fields) {
        String code = fields.text(CODE);
        String name = fields.text(NAME);
        PartnerType type = fields.choice(TYPE, PartnerType.class);
        String region = fields.text(REGION);
        LocalDate joinedOn = fields.date(JOINED_ON);
        String timeZone = fields.text(TIME_ZONE);
        String owner = fields.text(OWNER);
        if (!fields.valid()) {
            return null;
        }
        PartnerDetails details = new PartnerDetails(code, name, type, region, joinedOn, timeZone, owner);
        for (PartnerDetails.Problem problem : details.problems()) {
            fields.problem(COLUMNS.stream().filter(c -> c.name().equals(problem.field())).findFirst().orElseThrow(),
                    problem.message());
        }
        return fields.valid() ? new PartnerRow(fields.line(), details) : null;
    }
}
