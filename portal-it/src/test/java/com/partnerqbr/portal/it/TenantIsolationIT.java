package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Acting.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.MissingTenantException;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.ParallelWork;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant isolation inside the real Payara Server against the real MariaDB: the EAR's
 * model and services, with a probe that queries without any vendor predicate.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServicesDeployment.of("isolation-it", TenantIsolationIT.class, IsolationProbe.class);
    }

    @Inject
    private CallerContext callerContext;

    @EJB
    private IsolationProbe probe;

    @EJB
    private PartnerService partners;

    @EJB
    private VendorDirectory vendors;

    @EJB
    private ParallelWork parallel;

    /** Two vendors registered for each test, acting as themselves (as a job does), and the first one's admin. */
    private Caller northVendor;
    private Caller southVendor;
    private Caller northAdmin;
    private String northA;
    private String northB;
    private String south;
    private long northAId;
    private long northBId;
    private long southId;

    @BeforeEach
    void twoVendorsWithPartners() {
        TwoVendors two = TwoVendors.register(vendors, "iso", "Isolation vendor");
        northVendor = Caller.system(two.vendor());
        southVendor = Caller.system(two.other());
        northAdmin = two.staff("admin", Role.VENDOR_ADMIN);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        northA = "north-a-" + tag;
        northB = "north-b-" + tag;
        south = "south-" + tag;
        northAId = as(northVendor, () -> probe.createPartner(northA, "North A " + tag));
        northBId = as(northVendor, () -> probe.createPartner(northB, "North B " + tag));
        southId = as(southVendor, () -> probe.createPartner(south, "South " + tag));
    }

    @Test
    void findByIdDoesNotReachAnotherVendorsRow() {
        assertNull(as(northVendor, () -> probe.find(southId)));
        assertNull(as(southVendor, () -> probe.find(northAId)));
        assertEquals(south, as(southVendor, () -> probe.find(southId)).getCode());
    }

    @Test
    void jpqlAndNamedQueriesListOnlyTheCallersVendor() {
        List<String> northByJpql = as(northVendor, () -> probe.codesByJpql());
        assertTrue(northByJpql.containsAll(List.of(northA, northB)));
        assertFalse(northByJpql.contains(south));
        List<String> southByName = as(southVendor, () -> probe.codesByNamedQuery());
        assertTrue(southByName.contains(south));
        assertFalse(southByName.contains(northA) || southByName.contains(northB));
        assertTrue(southByName.stream().allMatch(code -> code.startsWith("south-")), southByName::toString);
    }

    @Test
    void bulkUpdateChangesOnlyTheCallersVendor() {
        long northCount = as(northVendor, () -> probe.countByJpql());
        int updated = as(northVendor, () -> probe.setRegionOfAll("North only"));
        assertEquals(northCount, updated);
        assertEquals("EMEA", as(southVendor, () -> probe.find(southId)).getRegion());
        assertEquals("North only", as(northVendor, () -> probe.find(northBId)).getRegion());
    }

    @Test
    void updateAndDeleteOfAnotherVendorsRowChangeNothing() {
        assertEquals(0, as(northVendor, () -> probe.renameById(southId, "taken over")));
        assertEquals(0, as(northVendor, () -> probe.deleteByCode(south)));
        assertFalse(as(northVendor, () -> probe.removeById(southId)));
        Partner untouched = as(southVendor, () -> probe.find(southId));
        assertNotNull(untouched);
        assertTrue(untouched.getName().startsWith("South "), untouched.getName());
    }

    @Test
    void serviceAnswersNotFoundForAnotherVendorsPartner() {
        assertThrows(NotFoundException.class, () -> as(northAdmin, () -> partners.find(southId)));
        assertEquals(northA, as(northAdmin, () -> partners.find(northAId)).getCode());
        assertThrows(NotFoundException.class, () -> as(northAdmin, () -> partners.findByCode(south)));
        assertEquals("North A " + northA.substring(8), as(northAdmin, () -> partners.findByCode(northA)).getName());
    }

    @Test
    void partnerUserCannotReadAnotherPartnerOfItsVendor() {
        Caller partnerUser = new Caller("seller", northVendor.vendorCode(), northA, Set.of(Role.PARTNER_USER));
        assertEquals(northA, as(partnerUser, () -> partners.find(northAId)).getCode());
        assertEquals(northA, as(partnerUser, () -> partners.ownPartner()).getCode());
        assertThrows(NotFoundException.class, () -> as(partnerUser, () -> partners.find(northBId)));
        assertThrows(NotFoundException.class, () -> as(partnerUser, () -> partners.find(southId)));
        assertEquals(northA, as(partnerUser, () -> partners.findByCode(northA)).getCode());
        assertThrows(NotFoundException.class, () -> as(partnerUser, () -> partners.findByCode(northB)));
        assertThrows(NotFoundException.class, () -> as(partnerUser, () -> partners.findByCode(south)));
        assertThrows(AccessDeniedException.class, () -> as(partnerUser, () -> partners.list(null, false, false, "name", true, 0, 10)));
    }

    @Test
    void aCallWithoutTenantFails() {
        assertTrue(callerContext.find().isEmpty());
        assertThrows(MissingTenantException.class, () -> partners.count(null, false, false));
        assertThrows(MissingTenantException.class, () -> probe.codesByJpql());
    }

    @Test
    void switchingTenantInsideATransactionFails() {
        assertThrows(MissingTenantException.class, () -> as(northVendor, () -> probe.countAsOtherCallerInSameTransaction(southVendor)));
    }

    @Test
    void parallelWorkRunsInItsOwnCallersTenantOnly() {
        List<Future<List<String>>> running = List.of(
                parallel.run(northVendor, () -> probe.codesByJpql()),
                parallel.run(southVendor, () -> probe.codesByJpql()),
                parallel.run(northVendor, () -> probe.codesByNamedQuery()),
                parallel.run(southVendor, () -> probe.codesByNamedQuery()));
        List<List<String>> seen = ParallelWork.results(running);
        for (List<String> north : List.of(seen.get(0), seen.get(2))) {
            assertTrue(north.containsAll(List.of(northA, northB)), north::toString);
            assertFalse(north.contains(south), north::toString);
        }
        for (List<String> southSeen : List.of(seen.get(1), seen.get(3))) {
            assertTrue(southSeen.contains(south), southSeen::toString);
            assertFalse(southSeen.contains(northA) || southSeen.contains(northB), southSeen::toString);
        }
        // the calling thread has no caller, before and after
        assertTrue(callerContext.find().isEmpty());
    }

    @Test
    void parallelWorkKeepsAPartnerUserToItsOwnPartner() {
        Caller partnerUser = new Caller("seller", northVendor.vendorCode(), northA, Set.of(Role.PARTNER_USER));
        assertEquals(northA, ParallelWork.result(parallel.run(partnerUser, () -> partners.find(northAId).getCode())));
        assertThrows(NotFoundException.class,
                () -> ParallelWork.result(parallel.run(partnerUser, () -> partners.find(northBId))));
        assertThrows(NotFoundException.class,
                () -> ParallelWork.result(parallel.run(partnerUser, () -> partners.find(southId))));
        assertThrows(NotFoundException.class,
                () -> ParallelWork.result(parallel.run(northAdmin, () -> partners.find(southId))));
    }

    @Test
    void parallelWorkWithoutACallerFails() {
        assertThrows(MissingTenantException.class,
                () -> ParallelWork.result(parallel.run(null, () -> probe.codesByJpql())));
    }
}
