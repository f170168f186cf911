package com.partnerqbr.portal.tail;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * What a program review is besides its time, in the same columns wherever it is kept: the series
 * ({@link ProgramReviewSeries}) and each session taken from it ({@link ProgramReviewSession}): its
 * length, where to join, who hosts it and its agenda.
 */
@Embeddable
public class ProgramReviewDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private int minutes;

    @Column(name = "join_link", nullable = false, length = 500)
    private String joinLink;

    @Column(nullable = false, length = 200)
    private String host;

    @Column(nullable = false, length = 4000)
    private String agenda;

    protected ProgramReviewDetails() {
    }

    public ProgramReviewDetails(int minutes, String joinLink, String host, String agenda) {
        this.minutes = minutes;
        this.joinLink = joinLink;
        this.host = host;
        this.agenda = agenda;
    }

    /** A copy for another entity: EclipseLink keeps one owner per embedded object. */
    ProgramReviewDetails copy() {
        return new ProgramReviewDetails(minutes, joinLink, host, agenda);
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

    @Override
    public boolean equals(Object o) {
        return o instanceof ProgramReviewDetails d && minutes == d.minutes && Objects.equals(joinLink, d.joinLink)
                && Objects.equals(host, d.host) && Objects.equals(agenda, d.agenda);
    }

    @Override
    public int hashCode() {
        return Objects.hash(minutes, joinLink, host, agenda);
    }
}
