package com.partnerqbr.portal.tenancy;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Sets the caller's vendor on the persistence context before every service call. It is
 * the default interceptor of every EJB of this module (see META-INF/ejb-jar.xml), so a
 * service cannot forget it. A call without a caller fails; a call that would switch the
 * tenant inside a running transaction fails.
 *
 * <p>The transaction's tenant is remembered in the transaction synchronization registry,
 * not read back from {@code em.getProperties()}: Payara hands every transaction-scoped
 * entity manager of an injection point the same property map, so that map still holds
 * the previous transaction's vendor. The property is therefore set on every call, before
 * the bean touches the entity manager.
 */
public class TenantInterceptor {

    /** Looked up rather than injected: injection into this interceptor is not done when a bean outside this module binds it. */
    private static final String TRANSACTIONS = "java:comp/TransactionSynchronizationRegistry";

    private static final String TRANSACTION_TENANT = TenantInterceptor.class.getName() + ".vendor";

    /** The server's one registry, looked up once (a JNDI lookup on every service call cost 2% of a page). */
    private static volatile TransactionSynchronizationRegistry registry;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @AroundInvoke
    public Object scopeToTenant(InvocationContext invocation) throws Exception {
        String vendor = callerContext.current().vendorCode();
        if (vendor == null) {
            throw new MissingTenantException("the platform's operator has no tenant: it reads no vendor's data");
        }
        TransactionSynchronizationRegistry transactions = registry();
        if (transactions.getTransactionKey() != null) {
            Object active = transactions.getResource(TRANSACTION_TENANT);
            if (active != null && !active.equals(vendor)) {
                throw new MissingTenantException("refusing to switch tenant inside a transaction");
            }
            transactions.putResource(TRANSACTION_TENANT, vendor);
        }
        em.setProperty(Tenancy.VENDOR_PROPERTY, vendor);
        return invocation.proceed();
    }

    private static TransactionSynchronizationRegistry registry() throws NamingException {
        TransactionSynchronizationRegistry found = registry;
        if (found == null) {
            found = InitialContext.doLookup(TRANSACTIONS);
            registry = found;
        }
        return found;
    }
}
