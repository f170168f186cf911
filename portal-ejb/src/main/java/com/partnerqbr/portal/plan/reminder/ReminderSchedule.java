package com.partnerqbr.portal.plan.reminder;

import com.partnerqbr.portal.vendor.VendorJobs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.ExcludeDefaultInterceptors;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every 15 minutes (when {@code portal.reminders.enabled}, the default), for every vendor in turn
 * and acting as that vendor ({@link VendorJobs}), the due {@link Reminders} go out. A vendor whose
 * run fails is logged and the others still run; each reminder goes out once however often this runs.
 * With several servers each vendor's round of a due time runs on one of them.
 */
@Singleton
@ExcludeDefaultInterceptors
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderSchedule {

    @Inject
    @ConfigProperty(name = "portal.reminders.enabled", defaultValue = "true")
    private boolean enabled;

    @EJB
    private VendorJobs vendorJobs;

    @EJB
    private Reminders reminders;

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    void remind() {
        if (enabled) {
            vendorJobs.forEachVendorOnce("Sending the reminders", Duration.ofMinutes(15), Instant.now(), reminders::run);
        }
    }
}
