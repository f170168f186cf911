package com.partnerqbr.portal.vendor;

import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.ExcludeDefaultInterceptors;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * A scheduled job's round (the reminders, the outbox's sender, the long-tail mail, the nightly
 * refresh): its step for each vendor in turn, acting as that vendor ({@link Caller#system}), so
 * the tenant is set explicitly and every service the step calls runs in that vendor's tenant.
 * Each vendor's step runs outside any transaction: every service call it makes commits or rolls
 * back on its own, so a failure rolls back the failing call of that vendor and nothing of another
 * vendor. A step that fails for one vendor is logged and the round goes on with the next vendor.
 *
 * <p>The log line names the job, the vendor, the exceptions' types (with SQL states) and where
 * the failure was thrown, never the exceptions' messages: they may quote people's addresses,
 * names, figures or a server's answer ({@link #failure}).
 */
@Stateless
@ExcludeDefaultInterceptors
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VendorJobs {

    private static final Logger LOG = Logger.getLogger(VendorJobs.class.getName());

    private static final String PORTAL = "com.partnerqbr.portal.";

    @Inject
    private CallerContext callerContext;

    @EJB
    private VendorDirectory vendors;

    @EJB
    private JobClaims claims;

    /** Runs the job's step for every vendor, in the order of their codes, as that vendor. */
    public void forEachVendor(String job, Runnable step) {
        for (String vendor : vendors.codes()) {
            try {
                callerContext.runAs(Caller.system(vendor), step);
            } catch (RuntimeException e) {
                LOG.warning(() -> failure(job, vendor, e));
            }
        }
    }

    /**
     * As {@link #forEachVendor}, once per due time across servers: each server's timer fires the job
     * every {@code every} and passes when it fired; each vendor's step runs on the server whose claim
     * of that due time ({@link JobClaims}) comes first, and on no other.
     */
    public void forEachVendorOnce(String job, Duration every, Instant firedAt, Runnable step) {
        Instant due = dueTime(firedAt, every);
        forEachVendor(job, () -> {
            if (claims.claim(job, due)) {
                step.run();
                claims.finish(job, due);
            }
        });
    }

    /**
     * The due time a timer fired for: the multiple of {@code every} (from the epoch, in UTC) nearest
     * to when it fired, so a timer that fires a little early or late on one server names the same due
     * time as the others.
     */
    static Instant dueTime(Instant firedAt, Duration every) {
        long seconds = every.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(firedAt.getEpochSecond() + seconds / 2, seconds) * seconds);
    }

    /**
     * The log line of a vendor's failed step: "Sending the reminders of vendor acme failed
     * (jakarta.ejb.EJBException, caused by java.sql.SQLException [SQL state 08S01, error 0] at
     * ...Reminders.run(Reminders.java:80)); the other vendors go on. ...".
     */
    static String failure(String job, String vendor, Throwable failure) {
        List<String> types = new ArrayList<>();
        Throwable innermost = failure;
        for (Throwable t = failure; t != null && types.size() < 10; t = t.getCause() == t ? null : t.getCause()) {
            types.add(t instanceof SQLException sql ? t.getClass().getName() + " [SQL state " + sql.getSQLState()
                    + ", error " + sql.getErrorCode() + "]" : t.getClass().getName());
            innermost = t;
        }
        return job + " of vendor " + vendor + " failed (" + String.join(", caused by ", types) + where(innermost)
                + "); the other vendors go on. The exceptions' messages are not logged: they may hold personal data.";
    }

    /** Where the failure was thrown: the innermost exception's first frame in the portal's code, else its first. */
    private static String where(Throwable innermost) {
        StackTraceElement[] frames = innermost.getStackTrace();
        if (frames.length == 0) {
            return "";
        }
        StackTraceElement at = frames[0];
        for (StackTraceElement frame : frames) {
            if (frame.getClassName().startsWith(PORTAL)) {
                at = frame;
                break;
            }
        }
        return " at " + at.getClassName() + "." + at.getMethodName() + "(" + at.getFileName() + ":" + at.getLineNumber()
                + ")";
    }
}
