package com.partnerqbr.portal.demo;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.program.ProgramSettings;
import com.partnerqbr.portal.review.QbrService;
import com.partnerqbr.portal.review.QbrStatus;
import com.partnerqbr.portal.review.QbrView;
import com.partnerqbr.portal.review.agenda.AgendaService;
import com.partnerqbr.portal.review.agenda.AgendaView;
import com.partnerqbr.portal.review.agenda.TopicService;
import com.partnerqbr.portal.review.attendee.AttendeeService;
import com.partnerqbr.portal.review.preread.PreReadService;
import com.partnerqbr.portal.scorecard.dispute.Side;
import com.partnerqbr.portal.kernel.ProgramCalendar;
import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.program.segment.SegmentationService;
import com.partnerqbr.portal.scorecard.Metric;
import com.partnerqbr.portal.scorecard.ScorecardService;
import com.partnerqbr.portal.scorecard.definition.MetricDefinition;
import com.partnerqbr.portal.scorecard.definition.MetricDefinitionService;
import com.partnerqbr.portal.scorecard.dispute.DisputeService;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Role;
import com.partnerqbr.portal.vendor.VendorDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.ExcludeDefaultInterceptors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo program at start-up when {@code portal.demo-data.enabled} is true and the
 * database holds no vendor yet: two vendors with partners, tiers and eight quarters of
 * history, their scorecards refreshed (the six oldest quarters frozen, as after their
 * QBRs), a new definition version acme published that one partner agreed to and another
 * has not answered, a dispute, every quarter's segments and tier eligibility (with the
 * tier proposals the last full quarter asks for), and QBRs held, scheduled and overdue
 * ({@link DemoQbrs}). Each step runs in its own transaction, acting as the vendor.
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

    @EJB
    private ScorecardService scorecards;

    @EJB
    private MetricDefinitionService definitions;

    @EJB
    private DisputeService disputes;

    @EJB
    private SegmentationService segmentation;

    @EJB
    private DemoQbrs qbrs;

    @EJB
    private DemoQbrRecord qbrRecord;

    @EJB
    private ProgramClock clock;

    @EJB
    private QbrService qbrService;

    @EJB
    private AgendaService agendas;

    @EJB
    private AttendeeService attendees;

    @EJB
    private TopicService topics;

    @EJB
    private PreReadService preReads;

    @EJB
    private DemoPlans jointPlans;

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
        LocalDate today = ProgramCalendar.today();
        for (DemoProgram program : DemoProgram.all()) {
            if (!registered(program)) {
                LOG.info(() -> "Demo data: another server registered " + program.vendorName() + " meanwhile and loads"
                        + " the demo data; nothing loaded here");
                return;
            }
            Caller vendor = Caller.system(program.vendorCode());
            int partners = callerContext.runAs(vendor, () -> writer.write(program, today));
            Quarter current = Quarter.of(today);
            for (Quarter q = DemoHistory.firstQuarter(today); q.compareTo(current) <= 0; q = q.next()) {
                Quarter quarter = q;
                callerContext.runAs(vendor, () -> scorecards.refresh(quarter));
                if (quarter.compareTo(current.minus(2)) <= 0) {
                    callerContext.runAs(vendor, () -> scorecards.freezeQuarter(quarter));
                }
            }
            if (program.vendorCode().equals("acme")) {
                scenes(vendor, current);
            }
            // newest first: the last full quarter is then the latest with standings and raises the tier proposals
            for (Quarter q = current; q.compareTo(DemoHistory.firstQuarter(today)) >= 0; q = q.previous()) {
                Quarter quarter = q;
                callerContext.runAs(vendor, () -> segmentation.recompute(quarter));
            }
            callerContext.runAs(vendor, () -> clock.change(program.vendorCode().equals("acme") ? "America/Chicago"
                    : "Europe/Berlin", ProgramSettings.DEFAULT_LOOK_BACK_PERCENT));
            callerContext.runAs(vendor, () -> {
                // scheduled by the vendor's demo partner manager (see the README's demo logins)
                qbrs.write(ProgramCalendar.now(), program.vendorCode().equals("acme") ? "max" : "greg");
                return null;
            });
            if (program.vendorCode().equals("acme")) {
                qbrScenes(vendor, current);
                callerContext.runAs(vendor, () -> {
                    jointPlans.write(today);
                    return null;
                });
            }
            LOG.info(() -> "Demo data: loaded " + program.vendorName() + " with " + partners
                    + " partners and " + DemoHistory.QUARTERS + " quarters of history");
        }
    }

    /**
     * Registers the program's vendor, written at once: the claim on loading it. Servers started together on
     * an empty database all find no vendor; the one whose registration is refused (the code taken meanwhile)
     * leaves the loading to the one that wrote it.
     */
    private boolean registered(DemoProgram program) {
        try {
            vendors.register(program.vendorCode(), program.vendorName(), program.adminEmail());
            return true;
        } catch (EJBException takenMeanwhile) {
            return false;
        }
    }

    /**
     * Brightpath's held QBR of the last quarter with its full record, and its QBR of this quarter in
     * preparation: the agenda drafted by its partner manager, one topic of Paula's, the pre-read due.
     */
    private void qbrScenes(Caller vendor, Quarter current) {
        callerContext.runAs(vendor, () -> qbrRecord.heldRecord("brightpath", current.previous()));
        Caller max = new Caller("max", "acme", null, Set.of(Role.PARTNER_MANAGER));
        Caller paula = new Caller("paula", "acme", "brightpath", Set.of(Role.PARTNER_ADMIN));
        Long found = callerContext.runAs(paula, () -> qbrService.ownQbrs()).stream()
                .filter(q -> q.quarter().equals(current) && q.status() == QbrStatus.SCHEDULED).findFirst()
                .map(QbrView::qbrId).orElse(null);
        if (found == null) {
            return;
        }
        long brightpath = found;
        callerContext.runAs(max, () -> {
            AgendaView template = agendas.agenda(brightpath);
            agendas.save(brightpath, template.sections(), template.version());
            attendees.add(brightpath, Side.VENDOR, "Max Miller", "max@acme.example", "max", "Partner manager", true,
                    false);
            attendees.add(brightpath, Side.VENDOR, "Erin Evans", "erin@acme.example", "erin", "VP Channels", true,
                    true);
            return preReads.write(brightpath, "Does Acme fund a joint event in the next quarter?", null);
        });
        callerContext.runAs(paula, () -> {
            attendees.add(brightpath, Side.PARTNER, "Paula Park", "paula@brightpath.example", "paula",
                    "Alliance manager", true, false);
            try {
                return topics.propose(brightpath, "Lead routing: inbound leads from our region still go elsewhere");
            } catch (RefusedException e) {
                // a QBR within 72 hours (the quarter's last days) takes no more topics
                LOG.info(() -> "Demo data: " + e.getMessage());
                return null;
            }
        });
    }

    /** Acme halves the weight of influenced deals; Orbit agrees, Brightpath has not answered; Brightpath disputes a figure. */
    private void scenes(Caller vendor, Quarter current) {
        MetricDefinition halfInfluenced = callerContext.runAs(vendor, () -> definitions.publish(
                Metric.ATTRIBUTED_REVENUE, 1, "Attributed revenue",
                "Amounts of the deals won in the quarter that the partner sourced, plus half the amounts of the won"
                        + " deals it influenced. Shown against the quarter's revenue target.",
                "Deals (vendor CRM, deal registration)", new BigDecimal("0.50"),
                "Influenced deals count at half their amount, as agreed at the partner advisory board."));
        Caller omar = new Caller("omar", "acme", "orbit-integrations", Set.of(Role.PARTNER_ADMIN));
        callerContext.runAs(omar, () -> {
            definitions.agree(halfInfluenced.getId());
            return null;
        });
        for (Quarter quarter : new Quarter[] {current.previous(), current}) {
            callerContext.runAs(vendor, () -> scorecards.refresh(quarter));
        }
        Caller paula = new Caller("paula", "acme", "brightpath", Set.of(Role.PARTNER_ADMIN), "paula@brightpath.example");
        callerContext.runAs(paula, () -> {
            long winRate = scorecards.ownView(current.previous()).figures().stream()
                    .filter(f -> f.metric() == Metric.WIN_RATE).findFirst().orElseThrow().figureId();
            return disputes.raise(winRate, "Three of the lost deals were lost at the vendor's pricing desk, not in"
                    + " our sales cycle; we think they should not count against our win rate.");
        });
    }
}
