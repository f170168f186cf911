package com.partnerqbr.portal.tail;

import static com.partnerqbr.portal.mail.MailMessage.html;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.mail.MailMessage;
import com.partnerqbr.portal.mail.Outbox;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.plan.reminder.ReminderOnce;
import com.partnerqbr.portal.program.segment.ProgramSettingsService;
import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.review.progress.TierProgressService;
import com.partnerqbr.portal.review.progress.TierProgressService.TierProgressView;
import com.partnerqbr.portal.scorecard.FigureFormat;
import com.partnerqbr.portal.scorecard.Metric;
import com.partnerqbr.portal.scorecard.Scorecard;
import com.partnerqbr.portal.scorecard.ScorecardStatus;
import com.partnerqbr.portal.scorecard.TalkingPoint;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The long-tail scorecard mail (DOMAIN.md: a long-tail partner gets a personal scorecard e-mail
 * instead of a meeting): once a quarter's scorecards are frozen, each long-tail partner's people
 * receive their key figures with the change since the quarter before, their progress to the next
 * tier, one suggestion drawn from their own figures and a "book time" link: the vendor's booking
 * page (a program setting), else the 1:1 request on their home. Once per partner
 * and quarter ({@link ReminderOnce}'s key), also when the run repeats or the server restarts; the
 * vendor previews one before and finds what went out in its sent-mail log.
 */
@Stateless
public class LongTailMailing {

    private static final List<Metric> KEY_FIGURES = List.of(Metric.ATTRIBUTED_REVENUE, Metric.WIN_RATE,
            Metric.OPEN_PIPELINE, Metric.ENGAGEMENT_SCORE);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://127.0.0.1:28080/portal")
    private String portalUrl;

    @EJB
    private PartnerService partners;

    @EJB
    private TierProgressService tierProgress;

    @EJB
    private VendorDirectory vendors;

    @EJB
    private Outbox outbox;

    @EJB
    private ReminderOnce once;

    @EJB
    private ProgramSettingsService programSettings;

    /** One partner's mail as it goes out: to whom, the subject and both bodies. */
    public record Letter(String partnerCode, String partnerName, Quarter quarter, List<String> recipients, String subject,
                         String text, String html) {
    }

    /** The letter a long-tail partner of the latest frozen quarter receives; "not found" for any other partner. */
    public Letter preview(String partnerCode) {
        callerContext.requireVendorStaff("the long-tail mail's preview is for vendor staff");
        Partner partner = partners.findByCode(partnerCode);
        Quarter quarter = CohortService.latestFrozenQuarter(em)
                .orElseThrow(() -> new NotFoundException("frozen quarter", "any"));
        if (!longTail(quarter).contains(partner)) {
            throw new NotFoundException("long-tail partner of " + quarter, partnerCode);
        }
        return letter(partner, quarter);
    }

    /** The codes of the long-tail partners of the latest frozen quarter, who receive the mail; empty before a freeze. */
    public List<String> recipients() {
        callerContext.requireVendorStaff("the long-tail mail's recipients are for vendor staff");
        return CohortService.latestFrozenQuarter(em).map(q -> longTail(q).stream().map(Partner::getCode).toList())
                .orElse(List.of());
    }

    /** Sends the mail of the latest frozen quarter to every long-tail partner not sent to yet; how many partners now. */
    public int run() {
        callerContext.require(Permission.SEND_LONG_TAIL_MAIL);
        Optional<Quarter> quarter = CohortService.latestFrozenQuarter(em);
        if (quarter.isEmpty()) {
            return 0;
        }
        String prefix = "long-tail:" + quarter.get() + ":";
        Set<String> done = new HashSet<>(em.createQuery("SELECT r.reminderKey FROM SentReminder r WHERE r.reminderKey"
                + " LIKE :prefix", String.class).setParameter("prefix", prefix + "%").getResultList());
        int sent = 0;
        for (Partner partner : longTail(quarter.get())) {
            if (done.contains(prefix + partner.getCode())) {
                continue;
            }
            Letter letter = letter(partner, quarter.get());
            List<MailMessage> messages = letter.recipients().stream()
                    .map(to -> new MailMessage(to, outbox.vendorAdminAddress().orElse(null), letter.subject(),
                            letter.text(), letter.html())).toList();
            if (!messages.isEmpty() && once.send(prefix + partner.getCode(), messages)) {
                sent++;
            }
        }
        return sent;
    }

    /** The partners whose segment in the quarter was long-tail, still in the program, by name. */
    private List<Partner> longTail(Quarter quarter) {
        return em.createQuery("SELECT st.partner FROM Standing st WHERE st.quarter = :quarter AND st.effectiveSegment"
                        + " = :longTail AND st.partner.archivedAt IS NULL ORDER BY st.partner.name", Partner.class)
                .setParameter("quarter", quarter).setParameter("longTail", Segment.LONG_TAIL).getResultList();
    }

    private Letter letter(Partner partner, Quarter quarter) {
        String currency = vendors.currency(callerContext.current().vendorCode());
        Scorecard now = scorecard(partner, quarter);
        Scorecard before = scorecard(partner, quarter.previous());
        List<String> lines = new ArrayList<>();
        for (Metric metric : KEY_FIGURES) {
            BigDecimal value = now == null ? null : now.figure(metric).map(f -> f.getValue()).orElse(null);
            BigDecimal earlier = before == null ? null : before.figure(metric).map(f -> f.getValue()).orElse(null);
            lines.add(metric.getLabel() + ": " + (value == null ? "n/a" : FigureFormat.format(metric.getUnit(), value,
                    currency)) + change(metric, value, earlier, quarter.previous(), currency));
        }
        TierProgressView progress = tierProgress.progress(partner.getId());
        String tier = progress.nextTier() != null ? "To reach " + progress.nextTier() + ": " + progress.progress().summary()
                : progress.currentTier() != null ? "You hold " + progress.currentTier() + ", the program's top tier." : null;
        String suggestion = now == null ? null : now.getTalkingPoints().stream().map(TalkingPoint::getSentence)
                .findFirst().orElse(null);
        Optional<String> bookingPage = programSettings.bookingUrl();
        String book = bookingPage.orElse(portalUrl + "/partner/home.xhtml#oneOnOne");
        String bookText = bookingPage.isPresent() ? "Book time with us" : "Book time with us: ask for a 1:1 review";
        String vendor = outbox.vendorName();
        String subject = "Your " + quarter + " scorecard with " + vendor;
        StringBuilder text = new StringBuilder(partner.getName() + ", your " + quarter + " with " + vendor + ":\n\n");
        lines.forEach(l -> text.append("- ").append(l).append('\n'));
        text.append(tier == null ? "" : "\n" + tier + "\n");
        text.append(suggestion == null ? "" : "\nOne thing to look at: " + suggestion + "\n");
        text.append('\n').append(bookText).append(" at ").append(book).append('\n');
        StringBuilder page = new StringBuilder("<p>" + html(partner.getName()) + ", your " + quarter + " with "
                + html(vendor) + ":</p><ul>");
        lines.forEach(l -> page.append("<li>").append(html(l)).append("</li>"));
        page.append("</ul>").append(tier == null ? "" : "<p>" + html(tier) + "</p>");
        page.append(suggestion == null ? "" : "<p>One thing to look at: " + html(suggestion) + "</p>");
        page.append("<p><a href=\"").append(html(book)).append("\">").append(html(bookText)).append("</a></p>");
        List<String> recipients = em.createQuery("SELECT p.email FROM Person p WHERE p.partnerCode = :code"
                        + " AND p.email IS NOT NULL ORDER BY p.email", String.class).setParameter("code", partner.getCode())
                .getResultStream().filter(e -> !e.isBlank()).distinct().toList();
        return new Letter(partner.getCode(), partner.getName(), quarter, recipients, subject, text.toString(),
                page.toString());
    }

    /** " ▲ up from $1,200 in 2025-Q1", " ▼ down from ...", " = as in ...", or nothing without an earlier figure. */
    private static String change(Metric metric, BigDecimal now, BigDecimal before, Quarter earlier, String currency) {
        if (now == null || before == null) {
            return "";
        }
        int sign = now.compareTo(before);
        String was = FigureFormat.format(metric.getUnit(), before, currency) + " in " + earlier;
        return sign > 0 ? " \u25b2 up from " + was : sign < 0 ? " \u25bc down from " + was : " = as in " + earlier;
    }

    private Scorecard scorecard(Partner partner, Quarter quarter) {
        return em.createNamedQuery("Scorecard.ofPartner", Scorecard.class).setParameter("partner", partner)
                .setParameter("quarter", quarter).getResultStream().filter(s -> s.getStatus() == ScorecardStatus.FROZEN)
                .findFirst().orElse(null);
    }
}
