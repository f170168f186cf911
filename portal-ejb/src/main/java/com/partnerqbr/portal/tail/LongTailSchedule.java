package com.partnerqbr.portal.tail;

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
 * Every hour, for each vendor ({@link VendorJobs}: its tenant set explicitly, a failure of one not
 * stopping the others): the long-tail scorecard mail of the latest frozen quarter to the partners not sent to
 * yet, on one server of several. Off with the reminders ({@code portal.reminders.enabled}).
 */
@Singleton
@ExcludeDefaultInterceptors
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LongTailSchedule {

    @Inject
    @ConfigProperty(name = "portal.reminders.enabled", defaultValue = "true")
    private boolean enabled;

    @EJB
    private VendorJobs vendorJobs;

    @EJB
    private LongTailMailing mailing;

    @Schedule(hour = "*", minute = "41", persistent = false)
    void send() {
        if (enabled) {
            vendorJobs.forEachVendorOnce("Sending the long-tail scorecard mail", Duration.ofHours(1), Instant.now(),
                    mailing::run);
        }
    }
}
