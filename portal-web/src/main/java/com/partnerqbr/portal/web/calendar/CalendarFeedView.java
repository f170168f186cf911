package com.partnerqbr.portal.web.calendar;

import com.partnerqbr.portal.plan.feed.PersonalFeeds;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * "Your calendar" on the person's settings page: the secret address of their calendar feed, to
 * make, to replace with a new one (the old one stops working) or to stop.
 */
@Named
@RequestScoped
public class CalendarFeedView {

    @EJB
    private PersonalFeeds feeds;

    private String address;

    /** The person's feed address; empty when they have none. */
    public String getAddress() {
        if (address == null) {
            address = feeds.mine().orElse("");
        }
        return address;
    }

    public String renew() {
        boolean had = !getAddress().isEmpty();
        feeds.renew();
        Messages.info(had ? "Saved: your calendar has a new address; the old one no longer works."
                : "Saved: your calendar's address is below. Subscribe to it in your calendar application.");
        return "/time-zone.xhtml?faces-redirect=true";
    }

    public String stop() {
        feeds.stop();
        Messages.info("Saved: your calendar's address no longer works.");
        return "/time-zone.xhtml?faces-redirect=true";
    }
}
