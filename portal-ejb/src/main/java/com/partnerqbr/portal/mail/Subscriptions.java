package com.partnerqbr.portal.mail;

import com.partnerqbr.portal.tenancy.CallerContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who receives the caller's vendor's non-essential mail: each address gets a random token once,
 * its one-click unsubscribe link ({@code /unsubscribe?vendor=...&token=...}, RFC 8058) carries it,
 * and following it (a POST) opts the address out. A person also declines single kinds (names the
 * features give their reminders) and receives again after an unsubscribe ({@link #choose}).
 * Features ask for the {@link #unsubscribeLink} of a non-essential message, which is empty for an
 * address that does not receive it; invitations and recaps never ask.
 */
@Stateless
public class Subscriptions {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://127.0.0.1:28080/portal")
    private String portalUrl;

    /** An address's choice: opted out of all (when), the kinds it declined. */
    public record Choice(Instant optedOutAt, Set<String> declined) {
    }


    public Choice choice(String email) {
        return of(email).map(s -> new Choice(s.getOptedOutAt(), s.getDeclined())).orElse(new Choice(null, Set.of()));
    }

    /** Keeps the address's choice: the kinds it declines, and whether it receives again after an unsubscribe. */
    public void choose(String email, Set<String> declined, boolean receive) {
        MailSubscription subscription = of(email).orElseGet(() -> made(email));
        subscription.decline(declined);
        if (receive) {
            subscription.resubscribe();
        } else {
            subscription.optOut(Instant.now());
        }
        em.flush();
    }

    /**
     * The address's one-click unsubscribe link for a non-essential message of this kind (its token made
     * on first use, in the caller's transaction: with the message that carries it); empty when the
     * address does not receive the kind (opted out, or declined it), and then nothing is written.
     */
    public Optional<String> unsubscribeLink(String email, String kind) {
        Optional<MailSubscription> known = of(email);
        if (known.isPresent() && (known.get().getOptedOutAt() != null || known.get().getDeclined().contains(kind))) {
            return Optional.empty();
        }
        MailSubscription subscription = known.orElseGet(() -> made(email));
        return Optional.of(portalUrl + "/unsubscribe?vendor=" + URLEncoder.encode(callerContext.current().vendorCode(),
                StandardCharsets.UTF_8) + "&token=" + subscription.getToken());
    }

    /** The page where a signed-in person chooses what they receive. */
    public String choicesLink() {
        return portalUrl + "/time-zone.xhtml#mail";
    }

    /** Opts out the address the token belongs to; @return the address, empty for a token of nobody. */
    public Optional<String> unsubscribe(String token) {
        Optional<MailSubscription> subscription = token == null || token.isBlank() ? Optional.empty()
                : em.createNamedQuery("MailSubscription.ofToken", MailSubscription.class).setParameter("token", token)
                .getResultStream().findFirst();
        subscription.ifPresent(s -> s.optOut(Instant.now()));
        return subscription.map(MailSubscription::getEmail);
    }

    private MailSubscription made(String email) {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        MailSubscription made = new MailSubscription(email, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
        em.persist(made);
        return made;
    }

    private Optional<MailSubscription> of(String email) {
        return em.createNamedQuery("MailSubscription.ofAddress", MailSubscription.class).setParameter("email", email)
                .getResultStream().findFirst();
    }
}
