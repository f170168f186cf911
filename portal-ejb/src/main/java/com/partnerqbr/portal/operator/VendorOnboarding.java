package com.partnerqbr.portal.operator;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.people.PeopleAdmin;
import com.partnerqbr.portal.people.PeopleAdmin.Invitation;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.program.ProgramSettings;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.Vendor;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.ExcludeDefaultInterceptors;
import java.util.List;
import java.util.Set;

/**
 * The platform's operator opens a vendor (a tenant: code, name, program currency, time zone,
 * sender name) and invites its first vendor admin: the vendor is written first (its rows refer to
 * it), then the invitation, then the program's time zone, each in a transaction of its own (a
 * transaction never switches tenant); an invitation refused removes the vendor again, so a refusal
 * leaves no vendor and no account. The operator has no tenant (its calls run without the tenant
 * interceptor here, and every tenant service refuses it); the invitation and the settings are made
 * as the new vendor's admin in the operator's name, so the vendor's audit trail shows who invited
 * its first admin.
 */
@Stateless
@ExcludeDefaultInterceptors
public class VendorOnboarding {

    @Inject
    private CallerContext callerContext;

    @EJB
    private VendorDirectory vendors;

    @EJB
    private ProgramClock programClock;

    @EJB
    private PeopleAdmin people;

    /** The vendors (code, name, currency): what the operator reads; nothing of their programs. */
    public List<Vendor> vendors() {
        callerContext.require(Permission.CREATE_VENDORS);
        return vendors.all();
    }

    /** Opens the vendor and invites its first admin; refused, nothing kept, naming every problem of the details. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Vendor open(NewVendor details) {
        Caller operator = callerContext.require(Permission.CREATE_VENDORS);
        List<String> problems = details.problems();
        if (!problems.isEmpty()) {
            throw new RefusedException(String.join(" ", problems));
        }
        Vendor vendor = vendors.open(details.code(), details.name(), details.currency(), details.senderName());
        Caller asItsAdmin = new Caller(operator.name(), vendor.getCode(), null, Set.of(Role.VENDOR_ADMIN));
        try {
            callerContext.runAs(asItsAdmin, () -> people.invite(new Invitation(details.adminEmail(),
                    details.adminFirstName(), details.adminLastName(), Role.VENDOR_ADMIN, null)));
        } catch (RuntimeException e) {
            vendors.discard(vendor.getCode());
            throw e;
        }
        callerContext.runAs(asItsAdmin, () -> programClock.change(details.timeZone(),
                ProgramSettings.DEFAULT_LOOK_BACK_PERCENT));
        return vendor;
    }
}
