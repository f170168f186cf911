package com.partnerqbr.portal.web.tail;

import com.partnerqbr.portal.tail.LongTailMailing;
import com.partnerqbr.portal.tail.LongTailMailing.Letter;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The program review page's long-tail scorecard mail: who receives it now, the mail one partner
 * would receive (previewed), and sending it now.
 */
@Named
@RequestScoped
public class LongTailMailView {

    @EJB
    private LongTailMailing longTailMailing;

    @Inject
    private CallerContext callerContext;

    private List<String> longTail;
    private String previewCode;
    private Letter letter;

    @PostConstruct
    void load() {
        longTail = longTailMailing.recipients();
    }

    /** Shows the long-tail mail one partner would receive (stays on the page). */
    public String previewLetter() {
        try {
            letter = longTailMailing.preview(previewCode == null ? "" : previewCode.strip());
        } catch (NotFoundException e) {
            Messages.error("No preview: " + (previewCode == null ? "" : previewCode.strip())
                    + " is not a long-tail partner of the latest frozen quarter.");
        }
        return null;
    }

    public String sendLongTail() {
        return ProgramReviewsPage.change("Not sent", ProgramReviewsPage.SESSION_OR_PARTNER, () -> {
            int partners = longTailMailing.run();
            return partners == 0 ? "Nothing to send: every long-tail partner has this quarter's mail already."
                    : "Sent the long-tail scorecard mail to the people of " + partners + " partners.";
        });
    }

    public boolean isMaySendLongTail() {
        return callerContext.current().may(Permission.SEND_LONG_TAIL_MAIL);
    }

    public List<String> getLongTail() {
        return longTail;
    }

    public Letter getLetter() {
        return letter;
    }

    /** Who the previewed letter goes to, or why nobody yet. */
    public String getLetterRecipients() {
        return letter.recipients().isEmpty() ? "nobody yet (no one of the partner has signed in with an address)"
                : String.join(", ", letter.recipients());
    }

    public String getPreviewCode() {
        return previewCode;
    }

    public void setPreviewCode(String previewCode) {
        this.previewCode = previewCode;
    }
}
