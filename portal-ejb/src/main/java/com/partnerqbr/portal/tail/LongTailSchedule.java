package com.partnerqbr.portal.tail;

import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.ExcludeDefaultInterceptors;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every hour, for each vendor (its tenant set explicitly, a failure of one not stopping the
 * others): the long-tail scorecard mail of the latest frozen quarter to the partners not sent to
 * yet. Off with the reminders ({@code portal.reminders.enabled}).
 */
@Singleton
@ExcludeDefaultInterceptors
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LongTailSchedule {

    @Inject
    @ConfigProperty(name = "portal.reminders.enabled", defaultValue = "true")
    private boolean enabled;

    @Inject
    private CallerContext callerContext;

    @EJB
    private VendorDirectory vendors;

    @EJB
    private LongTailMailing mailing;

    @Schedule(hour = "*", minute = "41", persistent = false)
    void send() {
        if (enabled) {
            vendors.forEachVendor("Sending the long-tail scorecard mail", vendor -> callerContext.runAs(
                    Caller.system(vendor), mailing::run));
        }
    }
}
