package com.partnerqbr.portal.web.mail;

import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.mail.SentMail;
import com.partnerqbr.portal.mail.SentMailLog;
import com.partnerqbr.portal.program.ProgramClock;
import com.partnerqbr.portal.web.faces.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import org.primefaces.model.LazyDataModel;

/**
 * The vendor's sent-mail log for its admins ({@code vendor/sent-mail.xhtml}): every message of
 * its outbox, newest first, a page at a time, times in the program's zone with the zone named.
 */
@Named
@ViewScoped
public class SentMailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SentMailLog log;

    @Inject
    private ProgramClock programClock;

    private ZoneId zone;

    private final LazyDataModel<SentMail> model = new PagedModel<>(() -> log.count(),
            (first, size) -> log.page(first, size), SentMail::id);

    @PostConstruct
    void init() {
        log.count();
        zone = programClock.clock().zone();
    }

    public LazyDataModel<SentMail> getModel() {
        return model;
    }

    public String getZone() {
        return zone.getId();
    }

    public String shown(Instant at) {
        return at == null ? "" : Deadlines.shown(at, zone);
    }
}
