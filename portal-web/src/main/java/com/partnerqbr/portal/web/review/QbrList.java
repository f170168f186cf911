package com.partnerqbr.portal.web.review;

import com.partnerqbr.portal.program.ProgramClock;
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
import com.partnerqbr.portal.web.program.Messages;
import com.partnerqbr.portal.web.vendor.Book;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

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

    @Inject
    private Book book;

    @Inject
    private CallerContext callerContext;

    private List<Upcoming> upcoming;
    private Board board;
    private List<QbrView> own;
    private List<QbrView> sponsored;

    @PostConstruct
    void load() {
        if (callerContext.current().isPartnerUser()) {
            own = qbrs.ownQbrs();
        } else {
            upcoming = book.first(deadlines.upcoming(), Upcoming::partnerId);
            Board all = qbrs.board();
            board = new Board(all.scheduled(), book.first(all.toSchedule(), Due::partnerId),
                    book.first(all.overdue(), Overdue::partnerId));
            sponsored = qbrs.sponsored();
        }
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
