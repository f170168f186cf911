package com.partnerqbr.portal.review.winloss;

import com.partnerqbr.portal.deal.Deal;
import com.partnerqbr.portal.deal.DealStage;
import com.partnerqbr.portal.deal.LossReason;
import com.partnerqbr.portal.kernel.Inputs;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.review.Qbr;
import com.partnerqbr.portal.review.QbrAccess;
import com.partnerqbr.portal.review.meeting.Amendments;
import com.partnerqbr.portal.review.winloss.WinLossProposals.ClosedDeal;
import com.partnerqbr.portal.tenancy.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;

/**
 * The win/loss review of a QBR: proposed from the partner's deals closed in the QBR's quarter
 * (the 3 biggest wins and losses, {@link WinLossProposals}), then edited by either side: per win
 * what worked and whether it is repeatable, per loss the reason and what went wrong.
 */
@Stateless
public class WinLossService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private QbrAccess access;

    @EJB
    private Amendments amendments;

    /** A win or loss as pages show it. */
    public record WinLossView(long itemId, long version, boolean win, String customer, BigDecimal amount,
                              String whatWorked, Boolean repeatable, LossReason lossReason, String whatWentWrong) {
    }

    /** The QBR's wins and losses, wins first, biggest first. */
    public List<WinLossView> items(long qbrId) {
        Qbr qbr = access.readable(qbrId);
        return em.createNamedQuery("WinLossItem.ofQbr", WinLossItem.class).setParameter("qbr", qbr).getResultList()
                .stream().map(WinLossService::view).toList();
    }

    /** The proposal from the deals, written once: refused when the QBR already has its wins and losses. */
    public List<WinLossView> propose(long qbrId) {
        Qbr qbr = access.readable(qbrId);
        access.editingSide(qbr);
        if (!items(qbrId).isEmpty()) {
            throw new RefusedException("The wins and losses were proposed already; edit them.");
        }
        List<ClosedDeal> closed = em.createQuery("SELECT d FROM Deal d WHERE d.partner = :partner AND d.stage IN :stages"
                        + " AND d.closedOn BETWEEN :first AND :last", Deal.class)
                .setParameter("partner", qbr.getPartner()).setParameter("stages", List.of(DealStage.WON, DealStage.LOST))
                .setParameter("first", qbr.getQuarter().firstDay()).setParameter("last", qbr.getQuarter().lastDay())
                .getResultList().stream().map(d -> new ClosedDeal(d.getId(), d.getCustomer(), d.getAmount(),
                        d.getStage(), d.getClosedOn(), d.getLossReason())).toList();
        WinLossProposals.Proposal proposal = WinLossProposals.propose(closed, qbr.getQuarter());
        proposal.wins().forEach(d -> em.persist(new WinLossItem(qbr, d.dealId(), true, d.customer(), d.amount(), null)));
        proposal.losses().forEach(d -> em.persist(new WinLossItem(qbr, d.dealId(), false, d.customer(), d.amount(),
                d.lossReason())));
        em.flush();
        return items(qbrId);
    }

    /** What worked in a win and whether it is repeatable. */
    public WinLossView reviewWin(long itemId, String whatWorked, Boolean repeatable, long expectedVersion) {
        WinLossItem item = current(itemId, expectedVersion, "what worked \"" + whatWorked + "\"");
        String clean = Inputs.optional(whatWorked, "what worked", 1000);
        amendments.changed(item.getQbr(), access.callerName(), "Win " + item.getCustomer(),
                item.getWhatWorked() + " / repeatable " + item.getRepeatable(), clean + " / repeatable " + repeatable);
        item.reviewWin(clean, repeatable);
        em.flush();
        return view(item);
    }

    /** A loss's reason and what went wrong. */
    public WinLossView reviewLoss(long itemId, LossReason reason, String whatWentWrong, long expectedVersion) {
        WinLossItem item = current(itemId, expectedVersion, "reason " + (reason == null ? "none" : reason.getLabel())
                + ", what went wrong \"" + whatWentWrong + "\"");
        if (reason == null) {
            throw new RefusedException("Choose the reason of the loss: product gap, competitive, execution or other.");
        }
        String clean = Inputs.optional(whatWentWrong, "what went wrong", 1000);
        amendments.changed(item.getQbr(), access.callerName(), "Loss " + item.getCustomer(),
                item.getLossReason() + " / " + item.getWhatWentWrong(), reason + " / " + clean);
        item.reviewLoss(reason, clean);
        em.flush();
        return view(item);
    }

    private WinLossItem current(long itemId, long expectedVersion, String yours) {
        WinLossItem item = em.find(WinLossItem.class, itemId);
        if (item == null) {
            throw new NotFoundException("win or loss", itemId);
        }
        access.editingSide(access.readable(item.getQbr().getId()));
        if (item.getVersion() != expectedVersion) {
            throw new RefusedException("Someone changed " + item.getCustomer() + " since you opened it; nothing of yours"
                    + " was saved. Now: " + (item.isWin() ? "what worked \"" + item.getWhatWorked() + "\""
                    : "reason " + item.getLossReason().getLabel() + ", what went wrong \"" + item.getWhatWentWrong()
                    + "\"") + ". Yours: " + yours + ". Reload to change it.");
        }
        return item;
    }

    private static WinLossView view(WinLossItem i) {
        return new WinLossView(i.getId(), i.getVersion(), i.isWin(), i.getCustomer(), i.getAmount(), i.getWhatWorked(),
                i.getRepeatable(), i.getLossReason(), i.getWhatWentWrong());
    }
}
