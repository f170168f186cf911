package com.partnerqbr.portal.it;

import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import java.util.Set;
import java.util.UUID;

/**
 * Two vendors registered for one test under fresh codes: the vendor under test and another
 * one whose users try to reach its data. Part of every test web module (see
 * {@link ServicesDeployment}).
 */
record TwoVendors(String vendor, String other) {

    static TwoVendors register(VendorDirectory vendors, String prefix, String name) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        TwoVendors two = new TwoVendors("it-" + prefix + "-" + tag, "it-" + prefix + "-other-" + tag);
        vendors.register(two.vendor(), name + " " + tag);
        vendors.register(two.other(), "Other vendor " + tag);
        return two;
    }

    /** One of the vendor's staff. */
    Caller staff(String name, Role role) {
        return staff(name, role, null);
    }

    /** One of the vendor's staff, signed in with this e-mail address. */
    Caller staff(String name, Role role, String email) {
        return new Caller(name, vendor, null, Set.of(role), email);
    }

    /** A user of one of the vendor's partners. */
    Caller partnerUser(String name, String partnerCode, Role role) {
        return partnerUser(name, partnerCode, role, null);
    }

    /** A user of one of the vendor's partners, signed in with this e-mail address. */
    Caller partnerUser(String name, String partnerCode, Role role, String email) {
        return new Caller(name, vendor, partnerCode, Set.of(role), email);
    }

    /** The other vendor's admin. */
    Caller otherAdmin() {
        return otherStaff("oscar", Role.VENDOR_ADMIN);
    }

    /** One of the other vendor's staff. */
    Caller otherStaff(String name, Role role) {
        return new Caller(name, other, null, Set.of(role));
    }

    /** A user of one of the other vendor's partners (often of the same code as one of the vendor's). */
    Caller otherPartnerUser(String name, String partnerCode, Role role) {
        return otherPartnerUser(name, partnerCode, role, null);
    }

    /** A user of one of the other vendor's partners, signed in with this e-mail address. */
    Caller otherPartnerUser(String name, String partnerCode, Role role, String email) {
        return new Caller(name, other, partnerCode, Set.of(role), email);
    }
}
