package com.partnerqbr.portal.mail;

import com.partnerqbr.portal.vendor.VendorJobs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.ExcludeDefaultInterceptors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every 10 seconds (when {@code portal.mail.sender.enabled}, the default), for every vendor in
 * turn and acting as that vendor ({@link VendorJobs}), the {@link MailSender} delivers what is
 * due. A vendor whose run fails is logged and the others still run. Two servers running this
 * schedule send each message once: the sender claims every message before sending it.
 */
@Singleton
@ExcludeDefaultInterceptors
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSchedule {

    @Inject
    @ConfigProperty(name = "portal.mail.sender.enabled", defaultValue = "true")
    private boolean enabled;

    @EJB
    private VendorJobs vendorJobs;

    @EJB
    private MailSender sender;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void deliver() {
        if (!enabled) {
            return;
        }
        vendorJobs.forEachVendor("Sending the mail", sender::deliverDue);
    }
}
