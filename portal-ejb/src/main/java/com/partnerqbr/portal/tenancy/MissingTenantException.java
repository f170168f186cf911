package com.partnerqbr.portal.tenancy;

import jakarta.ejb.ApplicationException;

/** A call reached the services without a tenant, or tried to switch tenant mid-transaction. */
@ApplicationException(rollback = true)
public class MissingTenantException extends RuntimeException {

    public MissingTenantException(String message) {
        super(message);
    }
}
