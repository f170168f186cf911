package com.partnerqbr.portal.enablement;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.program.PartnerFact;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One person of a partner enrolled in one course or certification, and when they completed it. */
@Entity
@Table(name = "enablement_record")
public class EnablementRecord extends PartnerFact {

    @Column(nullable = false, length = 200)
    private String person;

    @Column(nullable = false, length = 200)
    private String course;

    @Column(nullable = false)
    private boolean certification;

    @Column(name = "enrolled_on", nullable = false)
    private LocalDate enrolledOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    protected EnablementRecord() {
    }

    public EnablementRecord(String externalId, Partner partner) {
        super(externalId, partner);
    }

    public void update(Partner partner, String person, String course, boolean certification, LocalDate enrolledOn,
                       LocalDate completedOn) {
        assignTo(partner);
        this.person = person;
        this.course = course;
        this.certification = certification;
        this.enrolledOn = enrolledOn;
        this.completedOn = completedOn;
    }

    public String getPerson() {
        return person;
    }

    public String getCourse() {
        return course;
    }

    public boolean isCertification() {
        return certification;
    }

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }
}
