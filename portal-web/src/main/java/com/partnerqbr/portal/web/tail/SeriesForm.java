package com.partnerqbr.portal.web.tail;

import com.partnerqbr.portal.tail.ProgramReviewService.SeriesView;

/** The fields of the program review's series form, filled from the series as planned. */
public class SeriesForm {

    private String startTime;
    private String minutes;
    private String joinLink;
    private String host;
    private String agenda;
    private long version;

    SeriesForm(SeriesView series) {
        startTime = series.startTime().toString();
        minutes = String.valueOf(series.minutes());
        joinLink = series.joinLink();
        host = series.host();
        agenda = series.agenda();
        version = series.version();
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getJoinLink() {
        return joinLink;
    }

    public void setJoinLink(String joinLink) {
        this.joinLink = joinLink;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
