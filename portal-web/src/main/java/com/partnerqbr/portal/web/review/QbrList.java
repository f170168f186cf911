package com.partnerqbr.portal.web.review;

import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.review.QbrRules.Board;
import com.partnerqbr.portal.review.QbrService;
import com.partnerqbr.portal.review.QbrView;
import com.partnerqbr.portal.review.preread.QbrDeadlines;
import com.partnerqbr.portal.review.preread.QbrDeadlines.Upcoming;
import com.partnerqbr.portal.tenancy.CallerContext;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The QBR lists: for vendor staff the upcoming QBRs with their deadline status, those to schedule
 * and the overdue ones; for a partner user its own partner's QBRs, upcoming and past.
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
    private CallerContext callerContext;

    private ZoneId zone;
    private List<Upcoming> upcoming;
    private Board board;
    private List<QbrView> own;

    @PostConstruct
    void load() {
        zone = programClock.clock().zone();
        if (callerContext.current().isPartnerUser()) {
            own = qbrs.ownQbrs();
        } else {
            upcoming = deadlines.upcoming();
            board = qbrs.board();
        }
    }

    public String shown(Instant at) {
        return at == null ? "" : Deadlines.shown(at, zone);
    }

    public List<Upcoming> getUpcoming() {
        return upcoming;
    }

    public Board getBoard() {
        return board;
    }

    public List<QbrView> getOwn() {
        return own;
    }
}
