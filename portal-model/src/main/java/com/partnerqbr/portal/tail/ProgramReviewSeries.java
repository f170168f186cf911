package com.partnerqbr.portal.tail;

import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalTime;

/**
 * How a vendor holds its monthly program review: on the program review day of every month (a
 * program setting), at a time of day in the program's zone, for so many minutes, at a join link of
 * whatever webinar tool it uses, with a host and an agenda. One per vendor.
 */
@Entity
@Table(name = "program_review_series")
@NamedQuery(name = "ProgramReviewSeries.ofVendor", query = "SELECT s FROM ProgramReviewSeries s")
public class ProgramReviewSeries extends TenantOwned {

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Embedded
    private ProgramReviewDetails details;

    protected ProgramReviewSeries() {
    }

    public ProgramReviewSeries(LocalTime startTime, ProgramReviewDetails details) {
        change(startTime, details);
    }

    public final void change(LocalTime newStartTime, ProgramReviewDetails newDetails) {
        this.startTime = newStartTime;
        this.details = newDetails;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public ProgramReviewDetails getDetails() {
        return details;
    }
}
