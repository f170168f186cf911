package com.partnerqbr.portal.web.plan;

import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.plan.recap.RecapService;
import com.partnerqbr.portal.plan.recap.RecapService.RecapLine;
import com.partnerqbr.portal.plan.recap.RecapService.RecapView;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.web.program.Downloads;
import com.partnerqbr.portal.web.review.QbrForms;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A QBR's recap in its workspace (its deadline, the draft the vendor reviews and sends, or the
 * recap as sent with the amendments since), its PDF, its status beside each QBR of a history, and
 * the vendor's list of recent QBRs with their recaps' status.
 */
@Named
@RequestScoped
public class QbrRecap {

    @EJB
    private RecapService recaps;

    private RecapView recap;
    private List<RecapLine> recent;
    private final Map<Long, String> statuses = new HashMap<>();

    public RecapView of(long qbrId) {
        if (recap == null || recap.qbrId() != qbrId) {
            try {
                recap = recaps.recap(qbrId);
            } catch (NotFoundException e) {
                return null;
            }
        }
        return recap;
    }

    /** "recap on time", "recap missed", or nothing for a QBR that has no recap due. */
    public String statusOf(long qbrId) {
        return statuses.computeIfAbsent(qbrId, id -> {
            Deadlines.Status status = recaps.statuses(List.of(id)).get(id);
            return status == null ? "" : "recap " + status.getLabel();
        });
    }

    public List<RecapLine> getRecent() {
        if (recent == null) {
            recent = recaps.recent();
        }
        return recent;
    }

    public String send() {
        return QbrForms.change("Not sent", q -> {
            RecapView sent = recaps.send(q);
            return "The recap is sent to " + sent.recipients().size() + (sent.recipients().size() == 1 ? " person"
                    : " people") + (sent.notReached().isEmpty() ? "." : "; not to " + String.join(", ",
                    sent.notReached()) + ".");
        });
    }

    public void pdf() throws IOException {
        Long q = QbrForms.number("qbr");
        long qbrId = q == null ? -1 : q;
        Downloads.send("recap-" + qbrId + ".pdf", "application/pdf", "Recap not found", () -> recaps.pdf(qbrId));
    }
}
