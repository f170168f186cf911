package com.partnerqbr.portal.program.intake;

import static com.partnerqbr.portal.program.intake.Column.Type.DATE;
import static com.partnerqbr.portal.program.intake.Column.Type.EXTERNAL_ID;
import static com.partnerqbr.portal.program.intake.Column.Type.PARTNER_CODE;
import static com.partnerqbr.portal.program.intake.Column.Type.YES_NO;

import com.partnerqbr.portal.enablement.EnablementRecord;
import com.partnerqbr.portal.partner.Partner;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One person of a partner in one course or certification: enrolled, and maybe completed. */
final class EnablementRules implements KindRules<EnablementRules.EnablementRow, EnablementRecord> {

    static final Column EXTERNAL = Column.of("external_id", true, EXTERNAL_ID, "E-301", "the enrolment's id in your LMS");
    static final Column PARTNER = Column.of("partner_code", true, PARTNER_CODE, "brightpath", "");
    static final Column PERSON = Column.text("person", true, 200, "Dana Whitfield", "who enrolled");
    static final Column COURSE = Column.text("course", true, 200, "Analytics Sales Professional", "");
    static final Column CERTIFICATION = Column.of("certification", false, YES_NO, "true",
            "true when the course is a certification");
    static final Column ENROLLED = Column.of("enrolled_on", true, DATE, "2026-06-02", "");
    static final Column COMPLETED = Column.of("completed_on", false, DATE, "2026-06-30",
            "empty while in progress; not before enrolled_on");

    private static final List<Column> COLUMNS = List.of(EXTERNAL, PARTNER, PERSON, COURSE, CERTIFICATION, ENROLLED,
            COMPLETED);

    record EnablementRow(long line, String externalId, String partnerCode, String person, String course,
                         Boolean certification, LocalDate enrolledOn, LocalDate completedOn)
            implements KindRules.CheckedRow {
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public Class<EnablementRecord> entityType() {
        return EnablementRecord.class;
    }

    @Override
    public EnablementRow read(RowFields fields) {
        EnablementRow row = new EnablementRow(fields.line(), fields.externalId(EXTERNAL), fields.partnerCode(PARTNER),
                fields.text(PERSON), fields.text(COURSE), fields.yesNo(CERTIFICATION), fields.date(ENROLLED),
                fields.date(COMPLETED));
        fields.notBefore(COMPLETED, row.completedOn(), ENROLLED, row.enrolledOn());
        return fields.valid() ? row : null;
    }

    @Override
    public EnablementRecord create(EnablementRow row, Partner partner) {
        EnablementRecord record = new EnablementRecord(row.externalId(), partner);
        apply(record, row, partner);
        return record;
    }

    @Override
    public boolean sameAs(EnablementRecord stored, EnablementRow row, Partner partner) {
        return samePartner(stored, partner)
                && Objects.equals(stored.getPerson(), row.person())
                && Objects.equals(stored.getCourse(), row.course())
                && stored.isCertification() == row.certification()
                && Objects.equals(stored.getEnrolledOn(), row.enrolledOn())
                && Objects.equals(stored.getCompletedOn(), row.completedOn());
    }

    @Override
    public void apply(EnablementRecord stored, EnablementRow row, Partner partner) {
        stored.update(partner, row.person(), row.course(), row.certification(), row.enrolledOn(), row.completedOn());
    }
}
