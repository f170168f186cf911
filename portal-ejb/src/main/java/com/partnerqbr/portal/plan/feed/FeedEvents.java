package com.partnerqbr.portal.plan.feed;

import com.partnerqbr.portal.calendar.Feed.Event;
import com.partnerqbr.portal.people.Person;
import java.util.List;

/**
 * Events a feature above the plan adds to a person's calendar feed ({@link PersonalFeeds}), which
 * knows none of them: each bean implementing this is asked at every reading, in the vendor of the
 * feed. A partner user's events are of their own partner only.
 */
public interface FeedEvents {

    /** The person's events of this feature, as of now. */
    List<Event> of(Person person);
}
