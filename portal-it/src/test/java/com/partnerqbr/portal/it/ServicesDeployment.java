package com.partnerqbr.portal.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The test EAR of an Arquillian test: the services and model of the real, built EAR without
 * its web modules (pages, API), the test's probes inside the services' EJB module (where
 * ejb-jar.xml binds the tenant interceptor to every bean, as to real services) and the test
 * class in a web module of its own. Modules are found without application.xml.
 */
final class ServicesDeployment {

    private ServicesDeployment() {
    }

    static EnterpriseArchive of(String name, Class<?> test, Class<?>... probes) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, name + "-probe.war")
                .addClasses(test, TwoVendors.class, Acting.class, TailProgram.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        return services(name, probes).addAsModule(tests);
    }

    /** The services and model of the built EAR with the probes, without any web module (the caller adds its own). */
    static EnterpriseArchive services(String name, Class<?>... probes) {
        File built = new File(System.getProperty("portal.repo"), "portal-ear/target/portal.ear");
        EnterpriseArchive portal = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, built);
        EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, name + ".ear").merge(portal);
        ear.delete("portal-web.war");
        ear.delete("portal-api.war");
        ear.delete("META-INF/application.xml");
        ear.getAsType(JavaArchive.class, "portal-ejb.jar").addClasses(probes);
        return ear;
    }
}
