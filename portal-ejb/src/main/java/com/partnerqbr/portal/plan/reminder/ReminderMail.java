package com.partnerqbr.portal.plan.reminder;

import static com.partnerqbr.portal.mail.MailMessage.html;

import com.partnerqbr.portal.mail.MailMessage;
import com.partnerqbr.portal.mail.Subscriptions;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A reminder's messages: one per address, none to an address that opted out of reminders or
 * declined this kind. Each carries its one-click unsubscribe link (RFC 8058) and where the person
 * chooses what they receive.
 */
@Stateless
public class ReminderMail {

    @EJB
    private Subscriptions subscriptions;

    /** The reminder for these addresses (duplicates and nulls left out). */
    public DueReminder due(String key, ReminderKind kind, Collection<String> addresses, String subject, String text) {
        List<String> to = addresses.stream().filter(Objects::nonNull).distinct().toList();
        return new DueReminder(key, () -> to.stream().flatMap(address -> message(address, kind, subject, text).stream())
                .toList());
    }

    private List<MailMessage> message(String to, ReminderKind kind, String subject, String text) {
        String choices = subscriptions.choicesLink();
        return subscriptions.unsubscribeLink(to, kind.name()).stream().map(unsubscribe -> new MailMessage(to, null,
                subject, text + "\n\nChoose which reminders you receive: " + choices + "\nNo more reminders: "
                        + unsubscribe + "\n",
                "<p>" + html(text).replace("\n", "<br>") + "</p><p><a href=\"" + html(choices)
                        + "\">Choose which reminders you receive</a> · <a href=\"" + html(unsubscribe)
                        + "\">No more reminders</a></p>", List.of(), unsubscribe)).toList();
    }
}
