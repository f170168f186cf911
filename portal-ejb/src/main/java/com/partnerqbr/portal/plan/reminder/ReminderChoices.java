package com.partnerqbr.portal.plan.reminder;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.mail.Subscriptions;
import com.partnerqbr.portal.mail.Subscriptions.Choice;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Each signed-in person chooses which reminders reach the address of their sign-in, in their
 * vendor's program: kind by kind, and whether they receive reminders at all (receiving again after a
 * one-click unsubscribe). Only the caller's own address; invitations and recaps are not a choice.
 * A choice saved from a page that showed another choice than the one kept now (a change in another
 * window, or an unsubscribe since) is refused showing both.
 */
@Stateless
public class ReminderChoices {

    @Inject
    private CallerContext callerContext;

    @EJB
    private Subscriptions subscriptions;

    /** The caller's choices: their address (null: none, so no mail), opted out since (null: not), each kind. */
    public record Choices(String email, Instant optedOutAt, Set<ReminderKind> wanted) {
        public boolean receives(ReminderKind kind) {
            return optedOutAt == null && wanted.contains(kind);
        }

        /** The choice as a page shows it ("in:AGENDA,DIGEST"), for telling whether it changed since. */
        public String state() {
            return (optedOutAt == null ? "in:" : "out:") + Arrays.stream(ReminderKind.values()).filter(wanted::contains)
                    .map(Enum::name).collect(Collectors.joining(","));
        }
    }

    public Choices mine() {
        String email = callerContext.current().email();
        if (email == null || email.isBlank()) {
            return new Choices(null, null, Set.of());
        }
        Choice choice = subscriptions.choice(email);
        return new Choices(email, choice.optedOutAt(), wanted(choice.declined()));
    }

    /**
     * Keeps the caller's choice: the kinds they want, and whether they receive reminders at all.
     *
     * @param seen the choice the page showed ({@link Choices#state()}); another one now is refused
     */
    public Choices choose(Set<ReminderKind> wanted, boolean receive, String seen) {
        Caller caller = callerContext.current();
        Choices now = mine();
        if (now.email() == null) {
            throw new RefusedException("Your sign-in carries no e-mail address, so the portal sends you no mail;"
                    + " there is nothing to choose.");
        }
        if (!now.state().equals(seen)) {
            throw new RefusedException("Your mail choices were changed in another window since this page was opened."
                    + " Now: " + words(now.optedOutAt() == null, now.wanted()) + ". Yours: " + words(receive, wanted)
                    + ". Nothing was saved; choose again on the page as it is now.");
        }
        subscriptions.choose(caller.email(), EnumSet.complementOf(copy(wanted)).stream().map(Enum::name)
                .collect(Collectors.toSet()), receive);
        return mine();
    }

    private static Set<ReminderKind> wanted(Set<String> declined) {
        return Arrays.stream(ReminderKind.values()).filter(k -> !declined.contains(k.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReminderKind.class)));
    }

    private static EnumSet<ReminderKind> copy(Set<ReminderKind> kinds) {
        return kinds.isEmpty() ? EnumSet.noneOf(ReminderKind.class) : EnumSet.copyOf(kinds);
    }

    /** "no reminders", "all reminders", or "only: ..." in the kinds' words. */
    static String words(boolean receive, Set<ReminderKind> wanted) {
        if (!receive || wanted.isEmpty()) {
            return "no reminders";
        }
        if (wanted.size() == ReminderKind.values().length) {
            return "all reminders";
        }
        List<String> labels = Arrays.stream(ReminderKind.values()).filter(wanted::contains)
                .map(ReminderKind::getLabel).toList();
        return "only: " + String.join("; ", labels);
    }
}
