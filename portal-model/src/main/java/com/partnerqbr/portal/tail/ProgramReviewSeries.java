package com.partnerqbr.portal.tail;

import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
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

    @Column(nullable = false)
    private int minutes;

    @Column(name = "join_link", nullable = false, length = 500)
    private String joinLink;

    @Column(nullable = false, length = 200)
    private String host;

    @Column(nullable = false, length = 4000)
    private String agenda;

    protected ProgramReviewSeries() {
    }

    public ProgramReviewSeries(LocalTime startTime, int minutes, String joinLink, String host, String agenda) {
        change(startTime, minutes, joinLink, host, agenda);
    }

    public final void change(LocalTime newStartTime, int newMinutes, String newJoinLink, String newHost, String newAgenda) {
        this.startTime = newStartTime;
        this.minutes = newMinutes;
        this.joinLink = newJoinLink;
        this.host = newHost;
        this.agenda = newAgenda;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public int getMinutes() {
        return minutes;
    }

    public String getJoinLink() {
        return joinLink;
    }

    public String getHost() {
        return host;
    }

    public String getAgenda() {
        return agenda;
    }
}
