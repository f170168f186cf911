package com.partnerqbr.portal.tenancy;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Sets the caller's vendor on the persistence context before every service call. It is
 * the default interceptor of every EJB of this module (see META-INF/ejb-jar.xml), so a
 * service cannot forget it. A call without a caller fails; a call that would switch the
 * tenant inside a running transaction fails.
 */
public class TenantInterceptor {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @AroundInvoke
    public Object scopeToTenant(InvocationContext invocation) throws Exception {
        String vendor = callerContext.current().vendorCode();
        Object active = em.getProperties().get(Tenancy.VENDOR_PROPERTY);
        if (active == null) {
            em.setProperty(Tenancy.VENDOR_PROPERTY, vendor);
        } else if (!vendor.equals(active)) {
            throw new MissingTenantException("refusing to switch tenant inside a transaction");
        }
        return invocation.proceed();
    }
}
