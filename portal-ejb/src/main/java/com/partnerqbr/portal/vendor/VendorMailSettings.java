package com.partnerqbr.portal.vendor;

import com.partnerqbr.portal.audit.AuditTrail;
import com.partnerqbr.portal.kernel.Inputs;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Permission;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The caller's vendor's mail settings, for its admins: the sender name its messages carry (empty:
 * the vendor's name) and the address its admins' notices go to (empty: none are sent). Bad input
 * is refused naming the field; a save based on settings someone changed meanwhile is refused
 * showing both; a change is in the audit trail.
 */
@Stateless
public class VendorMailSettings {

    /** The settings as shown and as typed. */
    public record Mail(String senderName, String adminEmail) implements Serializable {

        /** Blank as none, the rest stripped. */
        public Mail {
            senderName = senderName == null || senderName.isBlank() ? null : senderName.strip();
            adminEmail = adminEmail == null || adminEmail.isBlank() ? null : adminEmail.strip();
        }

        Map<String, String> fields() {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("sender name", senderName);
            fields.put("admin e-mail", adminEmail);
            return fields;
        }
    }

    private static final int MAX_SENDER_NAME = 200;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @Inject
    private AuditTrail audit;

    public Mail current() {
        Vendor vendor = vendor(callerContext.require(Permission.CHANGE_PROGRAM_SETTINGS));
        return new Mail(vendor.getOwnSenderName(), vendor.getAdminEmail());
    }

    /**
     * Saves the settings.
     *
     * @param opened the settings as the form showed them; a save over a change made since is refused
     */
    public Mail save(Mail opened, Mail wanted) {
        Vendor vendor = vendor(callerContext.require(Permission.CHANGE_PROGRAM_SETTINGS));
        if (wanted.senderName() != null && (wanted.senderName().length() > MAX_SENDER_NAME
                || wanted.senderName().chars().anyMatch(Character::isISOControl))) {
            throw new RefusedException("Sender name must be one line of at most " + MAX_SENDER_NAME + " characters.");
        }
        if (wanted.adminEmail() != null && !Inputs.isEmailAddress(wanted.adminEmail())) {
            throw new RefusedException("Admin e-mail '" + wanted.adminEmail() + "' is not an e-mail address.");
        }
        Mail stored = new Mail(vendor.getOwnSenderName(), vendor.getAdminEmail());
        if (!stored.equals(opened) && !stored.equals(wanted)) {
            throw new RefusedException("Someone changed the mail settings since you opened them; nothing was saved."
                    + " Theirs: sender name " + shown(stored.senderName()) + ", admin e-mail " + shown(stored.adminEmail())
                    + ". Yours: sender name " + shown(wanted.senderName()) + ", admin e-mail "
                    + shown(wanted.adminEmail()) + ".");
        }
        if (!stored.equals(wanted)) {
            vendor.changeMail(wanted.senderName(), wanted.adminEmail());
            audit.record("vendor", vendor.getCode(), "mail settings changed", stored.fields(), wanted.fields());
        }
        return wanted;
    }

    private static String shown(String value) {
        return value == null ? "(none)" : "'" + value + "'";
    }

    private Vendor vendor(Caller caller) {
        return em.createNamedQuery("Vendor.byCode", Vendor.class).setParameter("code", caller.vendorCode())
                .getResultStream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("vendor " + caller.vendorCode() + " is not registered"));
    }
}
