package com.partnerqbr.portal.web.review;

import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.review.QbrRules.Board;
import com.partnerqbr.portal.review.QbrRules.Due;
import com.partnerqbr.portal.review.QbrRules.Overdue;
import com.partnerqbr.portal.review.QbrService;
import com.partnerqbr.portal.review.QbrView;
import com.partnerqbr.portal.review.preread.QbrDeadlines;
import com.partnerqbr.portal.review.preread.QbrDeadlines.Upcoming;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * The QBR lists: for vendor staff the upcoming QBRs with their deadline status, those to schedule
 * and the overdue ones, a partner manager's book first (marked "Yours"); for a partner user its own
 * partner's QBRs, upcoming and past.
 */
@Named
@RequestScoped
public class QbrList {

    @EJB
    private QbrService qbrs;

    @EJB
    private QbrDeadlines deadlines;

    @EJB
    private ProgramClock programClock;

    @EJB
    private PartnerService partners;

    @Inject
    private CallerContext callerContext;

    private List<Upcoming> upcoming;
    private Board board;
    private List<QbrView> own;
    private List<QbrView> sponsored;
    private Set<Long> book = Set.of();

    @PostConstruct
    void load() {
        if (callerContext.current().isPartnerUser()) {
            own = qbrs.ownQbrs();
        } else {
            if (callerContext.current().hasRole(Role.PARTNER_MANAGER)) {
                book = partners.bookIds();
            }
            upcoming = bookFirst(deadlines.upcoming(), Upcoming::partnerId);
            Board all = qbrs.board();
            board = new Board(all.scheduled(), bookFirst(all.toSchedule(), Due::partnerId),
                    bookFirst(all.overdue(), Overdue::partnerId));
            sponsored = qbrs.sponsored();
        }
    }

    /** The rows of the caller's book first, each part in its own order. */
    private <T> List<T> bookFirst(List<T> rows, ToLongFunction<T> partnerId) {
        return rows.stream().sorted(Comparator.comparing((T row) -> !book.contains(partnerId.applyAsLong(row))))
                .toList();
    }

    /** Whether this partner is in the caller's book (a partner manager's own partners). */
    public boolean yours(long partnerId) {
        return book.contains(partnerId);
    }

    /** Whether the caller has a book, whose rows come first. */
    public boolean isHasBook() {
        return !book.isEmpty();
    }

    /** Vendor admins: the program's time zone and the share of an agenda that may look back. */
    public String changeClock() {
        String percent = QbrForms.param("lookBackPercent");
        try {
            var clock = programClock.change(QbrForms.param("timeZone"), percent != null && percent.strip().matches(
                    "[0-9]{1,3}") ? Integer.parseInt(percent.strip()) : -1);
            Messages.info("Saved: deadlines count in " + clock.zone() + "; at most " + clock.lookBackPercent()
                    + "% of an agenda looks back.");
        } catch (RefusedException e) {
            Messages.error("Not saved: " + e.getMessage());
        } catch (AccessDeniedException e) {
            Messages.error("Not saved: only the vendor's admins change the program settings.");
        }
        return "/vendor/qbrs.xhtml?faces-redirect=true";
    }

    public boolean isMayChangeClock() {
        return callerContext.current().may(Permission.CHANGE_PROGRAM_SETTINGS);
    }

    public ProgramClock.ReviewClock getClock() {
        return programClock.clock();
    }

    public List<Upcoming> getUpcoming() {
        return upcoming;
    }

    public Board getBoard() {
        return board;
    }

    public List<QbrView> getSponsored() {
        return sponsored;
    }

    public List<QbrView> getOwn() {
        return own;
    }
}
