package com.partnerqbr.portal.web.operator;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.operator.NewVendor;
import com.partnerqbr.portal.operator.VendorOnboarding;
import com.partnerqbr.portal.vendor.Vendor;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The platform operator's page ({@code operator/vendors.xhtml}): the vendors (code, name, currency)
 * and the form that opens a vendor and invites its first vendor admin. Refused in words with
 * nothing kept.
 */
@Named
@RequestScoped
public class VendorsView {

    @EJB
    private VendorOnboarding onboarding;

    private String code;
    private String name;
    private String currency = "USD";
    private String timeZone = "UTC";
    private String senderName;
    private String adminEmail;
    private String adminFirstName;
    private String adminLastName;

    public List<Vendor> getVendors() {
        return onboarding.vendors();
    }

    public String open() {
        try {
            Vendor vendor = onboarding.open(new NewVendor(code, name, currency, timeZone, senderName, adminEmail,
                    adminFirstName, adminLastName));
            Messages.info("Opened " + vendor.getName() + " (" + vendor.getCode() + "); invited " + adminEmail.strip()
                    + " as its vendor admin.");
            return "/operator/vendors.xhtml?faces-redirect=true";
        } catch (RefusedException e) {
            Messages.error("Not opened: " + e.getMessage());
            return null;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getSenderName() {
        return senderName;
    }

    public void setSenderName(String senderName) {
        this.senderName = senderName;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getAdminFirstName() {
        return adminFirstName;
    }

    public void setAdminFirstName(String adminFirstName) {
        this.adminFirstName = adminFirstName;
    }

    public String getAdminLastName() {
        return adminLastName;
    }

    public void setAdminLastName(String adminLastName) {
        this.adminLastName = adminLastName;
    }
}
