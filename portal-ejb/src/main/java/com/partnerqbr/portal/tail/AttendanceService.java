package com.partnerqbr.portal.tail;

import com.partnerqbr.portal.engagement.ProgramReviewAttendance;
import com.partnerqbr.portal.kernel.Inputs;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Permission;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Who attended a program review session (DOMAIN.md: attendance is recorded): after a session was
 * held, vendor staff mark each invited partner attended or not, or import the attendance file of
 * their webinar tool (a column of e-mail addresses or one of partner codes), all or nothing. The
 * record is an engagement fact ({@link ProgramReviewAttendance}) the scorecard counts from its next
 * refresh. A session of another vendor is "not found"; partner users do not record it and read only
 * their own partner's ({@link #ownAttendance()}).
 */
@Stateless
public class AttendanceService {

    /** The header names of the attendance file's column, lower case: an e-mail address or a partner code per row. */
    static final Set<String> EMAIL_COLUMNS = Set.of("email", "e-mail", "email address", "user email", "attendee email");
    static final Set<String> CODE_COLUMNS = Set.of("partner", "partner code");
    /** The largest attendance file read, in characters (a webinar of some 10,000 attendees). */
    static final int MAX_CHARACTERS = 1_000_000;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private PartnerService partners;

    /** One invited partner of a held session: attended, not, or not recorded yet (null). */
    public record PartnerAttendance(String partnerCode, String partnerName, Boolean attended, String recordedBy,
                                    Instant recordedAt) {
    }

    /** The attendance of a session (recorded once it was held), the partners by name; how many attended. */
    public record SessionAttendance(long sessionId, String month, Instant startsAt, boolean held,
                                    List<PartnerAttendance> partners, long attended) {
    }

    /**
     * A session's invited partners (those invited now and those recorded), each with its attendance;
     * a cancelled session or another vendor's is "not found".
     */
    public SessionAttendance attendance(long sessionId) {
        callerContext.requireVendorStaff("a program review's attendance is for vendor staff");
        ProgramReviewSession session = em.find(ProgramReviewSession.class, sessionId);
        if (session == null || session.isCancelled()) {
            throw new NotFoundException("program review session", sessionId);
        }
        return view(session);
    }

    /**
     * Whether the calling partner user's own partner attended each session its attendance was
     * recorded for, by session id; never another partner's.
     */
    public Map<Long, Boolean> ownAttendance() {
        Partner own = partners.ownPartner();
        Map<Long, Boolean> attended = new HashMap<>();
        em.createNamedQuery("ProgramReviewAttendance.ofPartner", ProgramReviewAttendance.class)
                .setParameter("partner", own).getResultStream().forEach(a -> attended.put(a.getSessionId(), a.isAttended()));
        return attended;
    }

    /** Marks one invited partner attended or not; refused for a partner not invited or a session not held. */
    public SessionAttendance record(long sessionId, String partnerCode, boolean attended) {
        Caller caller = callerContext.require(Permission.PLAN_PROGRAM_REVIEWS);
        ProgramReviewSession session = held(sessionId);
        Partner partner = partners.findByCode(partnerCode);
        if (!invitedOrRecorded(session).contains(partner.getCode())) {
            throw new RefusedException(partner.getName() + " was not invited to the program review of "
                    + session.getMonth() + ".");
        }
        write(session, Map.of(partner, attended), caller);
        return view(session);
    }

    /**
     * Imports the webinar tool's attendance file: CSV with a header line (after any summary lines the
     * tool writes above it, which are passed over); the column named
     * "Email" (or "E-mail", "Email address", "User email", "Attendee email") holds each attendee's
     * address, or the column "Partner" (or "Partner code") a partner code. Every partner named
     * is marked attended; the vendor's own staff are passed over. Any bad row (an address no one in
     * the people directory has, an unknown code, a partner not invited, an empty value) refuses the
     * whole file, each bad line named, and nothing is recorded.
     */
    public SessionAttendance importCsv(long sessionId, String csv) {
        Caller caller = callerContext.require(Permission.PLAN_PROGRAM_REVIEWS);
        ProgramReviewSession session = held(sessionId);
        if (csv == null || csv.isBlank()) {
            throw new RefusedException("Attendance file: the file is empty.");
        }
        if (csv.length() > MAX_CHARACTERS) {
            throw new RefusedException("Attendance file: at most " + MAX_CHARACTERS / 1000 + " KB of text.");
        }
        Set<String> invited = invitedOrRecorded(session);
        Map<String, String> partnerOfAddress = new HashMap<>();
        em.createQuery("SELECT LOWER(p.email), p.partnerCode FROM Person p WHERE p.email IS NOT NULL", Object[].class)
                .getResultStream().forEach(row -> partnerOfAddress.put((String) row[0],
                        row[1] == null ? "" : (String) row[1]));
        Set<String> codes = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        String text = csv.startsWith("\ufeff") ? csv.substring(1) : csv;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setTrim(true).setIgnoreEmptyLines(true).get()
                .parse(new StringReader(text))) {
            Iterator<CSVRecord> rows = parser.iterator();
            Column column = headerLine(rows);
            boolean byAddress = EMAIL_COLUMNS.contains(column.name().toLowerCase(Locale.ROOT));
            while (rows.hasNext()) {
                CSVRecord row = rows.next();
                String value = column.index() < row.size() ? row.get(column.index()).strip() : "";
                String line = "Line " + lineOf(text, row.getCharacterPosition()) + ": ";
                if (value.isEmpty()) {
                    problems.add(line + "the " + column.name() + " is empty.");
                    continue;
                }
                String code = value;
                if (byAddress) {
                    if (!Inputs.isEmailAddress(value)) {
                        problems.add(line + "\"" + value + "\" is not an e-mail address.");
                        continue;
                    }
                    code = partnerOfAddress.get(value.toLowerCase(Locale.ROOT));
                    if (code == null) {
                        problems.add(line + "no one in the people directory has the address " + value + ".");
                        continue;
                    }
                    if (code.isEmpty()) {
                        continue; // the vendor's own staff: hosts, not attendees
                    }
                }
                if (!invited.contains(code)) {
                    problems.add(line + (byAddress ? value + " is of partner " + code + ", which" : "partner " + code)
                            + " was not invited to the program review of " + session.getMonth() + ".");
                    continue;
                }
                codes.add(code);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw new RefusedException("Attendance file: not a CSV file the portal can read (" + unreadable.getMessage()
                    + ").");
        }
        if (!problems.isEmpty()) {
            throw new RefusedException("Nothing was recorded: " + String.join(" ", problems));
        }
        Map<Partner, Boolean> attended = new LinkedHashMap<>();
        codes.forEach(code -> attended.put(partners.findByCode(code), true));
        write(session, attended, caller);
        return view(session);
    }

    /** The column of the attendance file that names the attendees: its header and its place in a line. */
    private record Column(String name, int index) {
    }

    /**
     * Reads up to the header line: the first line naming a column "Email" or "Partner code" (or one of
     * their other names), so that the summary block a webinar tool writes above it is passed over.
     */
    private static Column headerLine(Iterator<CSVRecord> rows) {
        List<String> first = null;
        while (rows.hasNext()) {
            List<String> names = rows.next().toList();
            first = first == null ? names : first;
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i).strip();
                String lower = name.toLowerCase(Locale.ROOT);
                if (EMAIL_COLUMNS.contains(lower) || CODE_COLUMNS.contains(lower)) {
                    return new Column(name, i);
                }
            }
        }
        throw new RefusedException("Attendance file: no line names a column \"Email\" or \"Partner code\"; the first"
                + " line names " + (first == null ? "nothing" : first) + ".");
    }

    /** The line a position of the text is on, as a text editor counts. */
    private static long lineOf(String text, long position) {
        return text.substring(0, (int) position).chars().filter(c -> c == '\n').count() + 1;
    }

    private void write(ProgramReviewSession session, Map<Partner, Boolean> attended, Caller caller) {
        Map<Long, ProgramReviewAttendance> stored = new HashMap<>();
        recorded(session).forEach(a -> stored.put(a.getPartner().getId(), a));
        Instant now = Instant.now();
        attended.forEach((partner, yes) -> {
            ProgramReviewAttendance row = stored.get(partner.getId());
            if (row == null) {
                row = new ProgramReviewAttendance(partner, session.getId(), session.getStartsAt());
                em.persist(row);
            }
            row.record(yes, caller.name(), now);
        });
        em.flush();
    }

    /** A session of the caller's vendor that was held (started and not cancelled); else "not found" or refused. */
    private ProgramReviewSession held(long sessionId) {
        ProgramReviewSession session = ProgramReviewService.notCancelled(em, sessionId);
        if (session.getStartsAt().isAfter(Instant.now())) {
            throw new RefusedException("Attendance is recorded once the session has been held.");
        }
        return session;
    }

    private List<ProgramReviewAttendance> recorded(ProgramReviewSession session) {
        return em.createNamedQuery("ProgramReviewAttendance.ofSession", ProgramReviewAttendance.class)
                .setParameter("session", session.getId()).getResultList();
    }

    private Set<String> invitedOrRecorded(ProgramReviewSession session) {
        Set<String> codes = AudienceService.invitedCodes(em);
        recorded(session).forEach(a -> codes.add(a.getPartner().getCode()));
        return codes;
    }

    private SessionAttendance view(ProgramReviewSession session) {
        Map<String, ProgramReviewAttendance> byCode = new HashMap<>();
        recorded(session).forEach(a -> byCode.put(a.getPartner().getCode(), a));
        Set<String> codes = invitedOrRecorded(session);
        Map<String, String> names = new TreeMap<>();
        if (!codes.isEmpty()) {
            em.createQuery("SELECT p.code, p.name FROM Partner p WHERE p.code IN :codes", Object[].class)
                    .setParameter("codes", codes).getResultStream()
                    .forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        List<PartnerAttendance> rows = names.entrySet().stream().map(e -> {
            ProgramReviewAttendance a = byCode.get(e.getKey());
            return new PartnerAttendance(e.getKey(), e.getValue(), a == null ? null : a.isAttended(),
                    a == null ? null : a.getRecordedBy(), a == null ? null : a.getRecordedAt());
        }).sorted((a, b) -> a.partnerName().compareToIgnoreCase(b.partnerName())).toList();
        long attended = rows.stream().filter(r -> Boolean.TRUE.equals(r.attended())).count();
        return new SessionAttendance(session.getId(), session.getMonth(), session.getStartsAt(),
                !session.getStartsAt().isAfter(Instant.now()), rows, attended);
    }
}
