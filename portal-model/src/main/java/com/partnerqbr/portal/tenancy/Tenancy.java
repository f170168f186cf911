package com.partnerqbr.portal.tenancy;

/** Names shared by the persistence layer and the code that sets the tenant. */
public final class Tenancy {

    /** Persistence-context property that carries the vendor code of the current transaction. */
    public static final String VENDOR_PROPERTY = "portal.vendor";

    private Tenancy() {
    }
}
