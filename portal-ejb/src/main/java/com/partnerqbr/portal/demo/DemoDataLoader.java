package com.partnerqbr.portal.demo;

import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.ExcludeDefaultInterceptors;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo program (two vendors with partners and tiers) at start-up when
 * {@code portal.demo-data.enabled} is true and the database holds no vendor yet. Each
 * vendor is written in its own transaction, acting as that vendor.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ExcludeDefaultInterceptors
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    @ConfigProperty(name = "portal.demo-data.enabled", defaultValue = "false")
    private boolean enabled;

    @EJB
    private VendorDirectory vendors;

    @EJB
    private DemoProgramWriter writer;

    @Inject
    private CallerContext callerContext;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void loadIfEmpty() {
        if (!enabled) {
            return;
        }
        if (!vendors.isEmpty()) {
            LOG.info("Demo data: the database already has vendors, nothing loaded");
            return;
        }
        for (DemoProgram program : DemoProgram.all()) {
            vendors.register(program.vendorCode(), program.vendorName());
            int partners = callerContext.runAs(Caller.system(program.vendorCode()), () -> writer.write(program));
            LOG.info(() -> "Demo data: loaded " + program.vendorName() + " with " + partners + " partners");
        }
    }
}
