package com.partnerqbr.portal.web.tail;

/** A date and a time of day as typed in a form, in the viewer's zone (a session moved, a 1:1's QBR). */
public class DateTimeFields {

    private String date;
    private String time;

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }
}
