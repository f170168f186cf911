package com.partnerqbr.portal.plan.commitment;

import com.partnerqbr.portal.kernel.Batches;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.plan.PlanCalendar;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.document.SpreadsheetCsv;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The commitments of the plans in force, overdue first: a page of the board across all partners
 * for the vendor's staff, and "My commitments" for anyone who owns one. The board reads a page at a
 * time: the overdue ones (past due, not done or dropped) by due date, then the others by due date,
 * each from the index of the commitments in force by due date ({@code ix_plan_commitment_in_force},
 * V26: the commitment carries whether its plan version is in force); the page's commitments and the
 * counts join the plan and the partner only when the filter asks about them.
 */
@Stateless
public class CommitmentBoard {

    private static final String SELECT = "SELECT NEW com.partnerqbr.portal.plan.commitment.BoardLine("
            + "c.id, c.itemKey, pt.id, pt.name, c.side, c.ownerName, c.ownerUsername, c.dueDate, c.outcome, c.cadence,"
            + " c.status, p.vendorConfirmedAt, p.partnerConfirmedAt)";
    private static final String FROM = " FROM Commitment c JOIN c.plan p JOIN p.partner pt WHERE c.inForce = TRUE";
    /** The commitments alone, for a page or a count whose filter does not ask about the plan or the partner. */
    private static final String FROM_COMMITMENTS = " FROM Commitment c WHERE c.inForce = TRUE";
    private static final String OVERDUE = " AND c.dueDate < :today AND c.status NOT IN"
            + " (com.partnerqbr.portal.plan.commitment.CommitmentStatus.DONE,"
            + " com.partnerqbr.portal.plan.commitment.CommitmentStatus.DROPPED)";
    private static final String NOT_OVERDUE = " AND (c.dueDate >= :today OR c.status IN"
            + " (com.partnerqbr.portal.plan.commitment.CommitmentStatus.DONE,"
            + " com.partnerqbr.portal.plan.commitment.CommitmentStatus.DROPPED))";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @Inject
    private PlanCalendar calendar;

    /**
     * One page of the board, overdue first. The overdue ones are counted only when none of them is on
     * the page (to know where the others start): a page they fill, or end on, says it by itself.
     */
    public List<CommitmentRow> page(BoardFilter filter, int first, int pageSize) {
        callerContext.require(Permission.VIEW_COMMITMENTS_BOARD);
        if (pageSize <= 0) {
            return List.of();
        }
        ZoneId zone = calendar.zone();
        LocalDate today = LocalDate.now(zone);
        List<BoardLine> lines = new ArrayList<>(lines(filter, OVERDUE, today, first, pageSize));
        if (lines.size() < pageSize) {
            long overdue = lines.isEmpty() ? count(filter, OVERDUE, today) : first + lines.size();
            int from = (int) Math.max(0, first - overdue);
            lines.addAll(lines(filter, NOT_OVERDUE, today, from, pageSize - lines.size()));
        }
        return rows(lines, today, zone);
    }

    /** The whole board under a filter as a CSV file, overdue first. */
    public byte[] csv(BoardFilter filter) {
        return SpreadsheetCsv.write(List.of("Partner", "Side", "Owner", "Outcome", "Due", "Cadence", "Status",
                "Last check-in (UTC)", "Flags"), page(filter, 0, (int) Math.min(Integer.MAX_VALUE, count(filter)))
                .stream().map(r -> List.of(r.partnerName(), r.side().getLabel(), r.ownerName(), r.outcome(),
                        r.dueDate().toString(), r.cadence().getLabel(), r.status().getLabel(),
                        r.lastCheckIn() == null ? "" : r.lastCheckIn().toString(), String.join("; ", r.flags())))
                .toList());
    }

    public long count(BoardFilter filter) {
        callerContext.require(Permission.VIEW_COMMITMENTS_BOARD);
        return count(filter, "", calendar.today());
    }

    /** The caller's own commitments in the plans in force, overdue first, then by due date. */
    public List<CommitmentRow> mine() {
        ZoneId zone = calendar.zone();
        LocalDate today = LocalDate.now(zone);
        Caller me = callerContext.current();
        TypedQuery<BoardLine> query = em.createQuery(SELECT + FROM + " AND c.ownerUsername = :me"
                + (me.isPartnerUser() ? " AND pt.code = :partner" : "") + " ORDER BY c.dueDate, c.id", BoardLine.class)
                .setParameter("me", me.name());
        if (me.isPartnerUser()) {
            query.setParameter("partner", me.partnerCode());
        }
        List<BoardLine> lines = query.setMaxResults(200).getResultList();
        List<CommitmentRow> rows = new ArrayList<>(rows(lines, today, zone));
        rows.sort(Comparator.comparing((CommitmentRow r) -> !r.isOverdue()).thenComparing(CommitmentRow::dueDate));
        return rows;
    }

    /**
     * A page of lines in two steps: the page's commitments from their own table (read in order from the
     * index of the commitments in force), then their lines with plan and partner by id, a thousand ids a
     * statement (the CSV reads the whole board as one page). In one joined
     * statement MariaDB may start from the partners (after a bulk load its statistics of the in-force
     * index are off) and read every plan and commitment of the vendor, then sort: 0.6 s instead of ms.
     */
    private List<BoardLine> lines(BoardFilter filter, String which, LocalDate today, int first, int max) {
        TypedQuery<Long> page = em.createQuery("SELECT c.id" + from(filter) + which + where(filter)
                + " ORDER BY c.dueDate, c.id", Long.class);
        bind(page, filter).setParameter("today", today);
        List<Long> ids = page.setFirstResult(first).setMaxResults(max).getResultList();
        return Batches.read(ids, batch -> em.createQuery(SELECT + FROM + " AND c.id IN :ids ORDER BY c.dueDate, c.id",
                BoardLine.class).setParameter("ids", batch).getResultList());
    }

    /** The commitments alone, unless the filter asks about the plan or the partner. */
    private static String from(BoardFilter filter) {
        return filter.partnerId() == null && filter.segment() == null && !filter.mine() ? FROM_COMMITMENTS : FROM;
    }

    private long count(BoardFilter filter, String which, LocalDate today) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(c)" + from(filter) + which + where(filter), Long.class);
        bind(query, filter);
        if (!which.isEmpty()) {
            query.setParameter("today", today);
        }
        return query.getSingleResult();
    }

    private static String where(BoardFilter f) {
        StringBuilder where = new StringBuilder();
        if (f.side() != null) {
            where.append(" AND c.side = :side");
        }
        if (f.owner() != null && !f.owner().isBlank()) {
            where.append(" AND LOWER(c.ownerName) LIKE :owner");
        }
        if (f.partnerId() != null) {
            where.append(" AND pt.id = :partnerId");
        }
        if (f.status() != null) {
            where.append(" AND c.status = :status");
        }
        if (f.mine()) {
            where.append(" AND pt.owner = :bookOwner");
        }
        if (f.segment() != null) {
            where.append(" AND EXISTS (SELECT s FROM Standing s WHERE s.partner = pt AND s.quarter = p.qbr.quarter"
                    + " AND (s.overrideSegment = :segment OR (s.overrideSegment IS NULL AND s.computedSegment = :segment)))");
        }
        return where.toString();
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, BoardFilter f) {
        if (f.mine()) {
            query.setParameter("bookOwner", callerContext.current().name());
        }
        if (f.side() != null) {
            query.setParameter("side", f.side());
        }
        if (f.owner() != null && !f.owner().isBlank()) {
            query.setParameter("owner", PartnerService.likePattern(f.owner()));
        }
        if (f.partnerId() != null) {
            query.setParameter("partnerId", f.partnerId());
        }
        if (f.status() != null) {
            query.setParameter("status", f.status());
        }
        if (f.segment() != null) {
            query.setParameter("segment", f.segment());
        }
        return query;
    }

    /** The lines with their flags, each day read in the program's zone (read once for the page). */
    private List<CommitmentRow> rows(List<BoardLine> lines, LocalDate today, ZoneId zone) {
        Map<Long, Instant> lastCheckIns = lastCheckIns(lines);
        return lines.stream().map(l -> {
            Instant last = lastCheckIns.get(l.itemKey());
            Instant inForce = later(l.vendorConfirmedAt(), l.partnerConfirmedAt());
            Instant since = last != null ? last : inForce;
            LocalDate sinceDay = since == null ? today : LocalDate.ofInstant(since, zone);
            return new CommitmentRow(l.id(), l.partnerId(), l.partnerName(), l.side(), l.ownerName(),
                    l.ownerUsername(), l.dueDate(), l.outcome(), l.cadence(), l.status(), last,
                    CommitmentFlags.flags(l.status(), l.dueDate(), l.cadence(), sinceDay, today));
        }).toList();
    }

    private Map<Long, Instant> lastCheckIns(List<BoardLine> lines) {
        Map<Long, Instant> last = new HashMap<>();
        List<CheckIn> checkIns = Batches.read(lines.stream().map(BoardLine::itemKey).toList(), keys -> em.createQuery(
                "SELECT ci FROM CheckIn ci WHERE ci.itemKey IN :keys", CheckIn.class).setParameter("keys", keys)
                .getResultList());
        for (CheckIn ci : checkIns) {
            last.merge(ci.getItemKey(), ci.getCheckedAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
        return last;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
