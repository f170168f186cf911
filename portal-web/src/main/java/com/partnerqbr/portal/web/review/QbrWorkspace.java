package com.partnerqbr.portal.web.review;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.review.QbrAccess;
import com.partnerqbr.portal.review.QbrService;
import com.partnerqbr.portal.review.QbrView;
import com.partnerqbr.portal.review.agenda.AgendaService;
import com.partnerqbr.portal.review.agenda.AgendaView;
import com.partnerqbr.portal.review.agenda.SectionKind;
import com.partnerqbr.portal.review.agenda.TopicService;
import com.partnerqbr.portal.review.attendee.AttendeeService;
import com.partnerqbr.portal.review.attendee.AttendeeService.Attendees;
import com.partnerqbr.portal.review.feedback.FeedbackService;
import com.partnerqbr.portal.review.feedback.FeedbackService.FeedbackView;
import com.partnerqbr.portal.review.healthcheck.HealthCheckService;
import com.partnerqbr.portal.review.healthcheck.HealthCheckService.HealthCheckView;
import com.partnerqbr.portal.review.healthcheck.HealthQuestion;
import com.partnerqbr.portal.review.meeting.MeetingService;
import com.partnerqbr.portal.review.meeting.MeetingService.MeetingRecord;
import com.partnerqbr.portal.review.pipeline.HelpNeeded;
import com.partnerqbr.portal.review.pipeline.PipelineReviewService;
import com.partnerqbr.portal.review.pipeline.PipelineReviewService.PipelineView;
import com.partnerqbr.portal.review.preread.PreReadReaders;
import com.partnerqbr.portal.review.preread.PreReadReaders.Readers;
import com.partnerqbr.portal.review.preread.PreReadView;
import com.partnerqbr.portal.review.winloss.WinLossService;
import com.partnerqbr.portal.review.winloss.WinLossService.WinLossView;
import com.partnerqbr.portal.scorecard.dispute.Side;
import com.partnerqbr.portal.tenancy.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * The QBR workspace, for both sides (the vendor's at /vendor/qbr.xhtml, the partner's at
 * /partner/qbr.xhtml): people, agenda and topics, the pre-read and its deadlines, the meeting and
 * its record. What it shows of the pre-read and which forms it renders follow the services'
 * answers ({@link QbrAccess#mayEdit}); a QBR the caller may not read answers 404.
 */
@Named
@RequestScoped
public class QbrWorkspace {

    @EJB
    private QbrAccess access;

    @EJB
    private QbrService qbrs;

    @EJB
    private AttendeeService attendeeService;

    @EJB
    private AgendaService agendaService;

    @EJB
    private TopicService topicService;

    @EJB
    private PreReadReaders readerService;

    @EJB
    private MeetingService meetingService;

    @EJB
    private HealthCheckService healthService;

    @EJB
    private FeedbackService feedbackService;

    @EJB
    private WinLossService winLossService;

    @EJB
    private PipelineReviewService pipelineService;

    private long qbrId;
    private QbrView qbr;
    private Side editingSide;
    private Attendees attendees;
    private AgendaView agenda;
    private PreReadView preRead;
    private Readers readers;
    private MeetingRecord record;
    private HealthCheckView health;
    private FeedbackView feedback;
    private List<WinLossView> winLoss;
    private List<PipelineView> pipeline;
    private List<QbrView> history;

    /**
     * Reads the QBR named by the request's {@code qbr} (the page's parameter, or a form's hidden
     * field in a postback) before the forms are decoded: their {@code rendered} tests read it, and
     * a form that is not rendered does not run.
     */
    @PostConstruct
    void read() {
        String named = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("qbr");
        if (named != null && named.matches("[0-9]{1,18}")) {
            try {
                qbrId = Long.parseLong(named);
                editingSide = access.mayEdit(qbrId).orElse(null);
                agenda = agendaService.agenda(qbrId);
                attendees = attendeeService.attendees(qbrId);
                record = meetingService.record(qbrId);
                health = healthService.view(qbrId);
                feedback = feedbackService.view(qbrId);
                winLoss = winLossService.items(qbrId);
                pipeline = pipelineService.lines(qbrId);
                preRead = openPreRead();
                history = qbrs.qbrsOf(access.partnerOf(qbrId));
                qbr = history.stream().filter(h -> h.qbrId() == qbrId).findFirst().orElseThrow();
            } catch (NotFoundException e) {
                qbr = null;
            }
        }
    }

    /** The page's view action: an unknown, foreign or malformed QBR answers 404. */
    public void load() throws IOException {
        if (qbr != null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "QBR not found");
        faces.responseComplete();
    }

    private PreReadView openPreRead() {
        try {
            PreReadView view = readerService.open(qbrId);
            if (!isPartnerSide()) {
                readers = readerService.readers(qbrId);
            }
            return view;
        } catch (RefusedException e) {
            return null;
        }
    }

    // -- forms: people, agenda, topics, pre-read

    public String addAttendee() {
        return QbrForms.change("Not added", q -> {
            Side side = "VENDOR".equals(QbrForms.param("side")) ? Side.VENDOR : Side.PARTNER;
            var a = attendeeService.add(q, side, QbrForms.param("name"), QbrForms.param("email"),
                    QbrForms.param("username"), QbrForms.param("title"), QbrForms.param("decisionMaker") != null,
                    QbrForms.param("executiveSponsor") != null);
            return "Added " + a.name() + " (" + a.side().getLabel().toLowerCase(java.util.Locale.ROOT) + " side).";
        });
    }

    public String removeAttendee() {
        return QbrForms.change("Not removed", q -> {
            Long attendee = QbrForms.number("attendee");
            attendeeService.remove(attendee == null ? -1 : attendee);
            return "Removed.";
        });
    }

    /** Saves the agenda from the form's rows (id, kind, title, minutes, purpose, looks back); empty rows are left out. */
    public String saveAgenda() {
        return QbrForms.change("The agenda was not saved", q -> {
            List<AgendaView.Section> rows = QbrForms.sectionRows();
            Long version = QbrForms.number("agendaVersion");
            AgendaView saved = agendaService.save(q, rows, version == null ? -2 : version);
            return "Agenda saved: " + saved.summary() + ".";
        });
    }

    public String sendAgenda() {
        return QbrForms.change("Not sent", q -> {
            agendaService.send(q);
            return "The agenda was sent to the partner with the request for topics.";
        });
    }

    public String proposeTopic() {
        return QbrForms.change("Topic not added", q -> {
            topicService.propose(q, QbrForms.param("topic"));
            return "Topic added.";
        });
    }

    public String placeTopic() {
        return QbrForms.change("Topic not placed", q -> {
            Long topic = QbrForms.number("topic");
            Long section = QbrForms.number("section");
            topicService.place(topic == null ? -1 : topic, section);
            return section == null ? "The topic is off the agenda." : "The topic is on the agenda.";
        });
    }

    // -- what the page shows (its times through ViewerTime)

    public boolean isMayEdit() {
        return editingSide != null;
    }

    public boolean isVendorEditor() {
        return editingSide == Side.VENDOR;
    }

    public boolean isPartnerSide() {
        return access.callerIsPartnerUser();
    }

    public SectionKind[] getKinds() {
        return SectionKind.values();
    }

    public HealthQuestion[] getQuestions() {
        return HealthQuestion.values();
    }

    public HelpNeeded[] getHelpOptions() {
        return HelpNeeded.values();
    }

    /** The agenda's rows for the edit form: its sections and empty rows up to 8. */
    public List<Integer> getBlankRows() {
        int used = agenda.sections().size();
        return java.util.stream.IntStream.range(used, Math.max(used + 1, 8)).boxed().toList();
    }



    public long getQbrId() {
        return qbrId;
    }

    public QbrView getQbr() {
        return qbr;
    }

    public Attendees getAttendees() {
        return attendees;
    }

    public AgendaView getAgenda() {
        return agenda;
    }

    public PreReadView getPreRead() {
        return preRead;
    }

    public Readers getReaders() {
        return readers;
    }

    public MeetingRecord getRecord() {
        return record;
    }

    public HealthCheckView getHealth() {
        return health;
    }

    public FeedbackView getFeedback() {
        return feedback;
    }

    public List<WinLossView> getWinLoss() {
        return winLoss;
    }

    public List<PipelineView> getPipeline() {
        return pipeline;
    }

    public List<QbrView> getHistory() {
        return history;
    }
}
