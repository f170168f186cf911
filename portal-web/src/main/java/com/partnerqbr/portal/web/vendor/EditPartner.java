package com.partnerqbr.portal.web.vendor;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.partner.PartnerDetails;
import com.partnerqbr.portal.partner.PartnerRegistry;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.partner.PartnerType;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * A vendor admin creates a partner ({@code vendor/partner-edit.xhtml}) or, with {@code ?id=},
 * changes, archives or restores one. Bad details are refused naming the field and nothing is
 * saved; a save based on a partner someone changed meanwhile is refused showing both values.
 */
@Named
@ViewScoped
public class EditPartner implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PartnerService partners;

    @Inject
    private PartnerRegistry registry;

    /** The partner edited; null for a new one. */
    private Long id;
    private long version;
    private boolean archived;
    private boolean found = true;

    private String code;
    private String name;
    private PartnerType type;
    private String region;
    private String joinedOn;
    private String timeZone;
    private String owner;

    /**
     * Reads the partner of the page ({@code ?id=}) or, in a postback whose view was lost (expired,
     * or left by a save), of the form's hidden fields: its id and the version the form was opened
     * with, so such a postback still changes that partner, or is refused as stale, and never
     * creates a new one.
     */
    @PostConstruct
    void read() {
        String param = Faces.getRequestParameter("id");
        if (param == null || param.isEmpty()) {
            param = Faces.getRequestParameter("partnerId");
        }
        if (param == null || param.isEmpty()) {
            joinedOn = LocalDate.now().toString();
            return;
        }
        try {
            fill(partners.find(Long.parseLong(param)));
            String opened = Faces.getRequestParameter("partnerVersion");
            if (opened != null && opened.matches("[0-9]{1,18}")) {
                version = Long.parseLong(opened);
            }
        } catch (NumberFormatException | NotFoundException e) {
            found = false;
        }
    }

    private void fill(Partner partner) {
        id = partner.getId();
        version = partner.getVersion();
        archived = partner.isArchived();
        code = partner.getCode();
        name = partner.getName();
        type = partner.getType();
        region = partner.getRegion();
        joinedOn = partner.getJoinedOn().toString();
        timeZone = partner.getTimeZone();
        owner = partner.getOwner();
    }

    /** The page's view action: an unknown, foreign or malformed id answers 404. */
    public void load() throws IOException {
        if (!found) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Partner not found");
            faces.responseComplete();
        }
    }

    public String save() {
        try {
            PartnerDetails details = new PartnerDetails(code, name, type, region, date(joinedOn), timeZone, owner);
            Partner saved = id == null ? registry.create(details) : registry.change(id, version, details);
            Messages.info("Saved " + saved.getName() + ".");
            return partnerPage(saved);
        } catch (RefusedException e) {
            Messages.error("Not saved: " + e.getMessage());
            return null;
        }
    }

    public String archive() {
        try {
            Partner saved = registry.archive(id, version);
            Messages.info("Archived " + saved.getName() + ": it has left the lists and reviews; its history stays.");
            return partnerPage(saved);
        } catch (RefusedException e) {
            Messages.error("Not archived: " + e.getMessage());
            return null;
        }
    }

    public String restore() {
        try {
            Partner saved = registry.restore(id, version);
            Messages.info("Restored " + saved.getName() + " to the program.");
            return partnerPage(saved);
        } catch (RefusedException e) {
            Messages.error("Not restored: " + e.getMessage());
            return null;
        }
    }

    private static String partnerPage(Partner partner) {
        return "/vendor/partner.xhtml?faces-redirect=true&id=" + partner.getId();
    }

    /** The date typed (yyyy-MM-dd, as a date input sends it); refused naming the field. */
    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new RefusedException("Joined on '" + text.strip() + "' is not a date: write it as yyyy-MM-dd.");
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isArchived() {
        return archived;
    }

    public List<PartnerType> getTypes() {
        return List.of(PartnerType.values());
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        if (id == null) {
            this.code = code;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PartnerType getType() {
        return type;
    }

    public void setType(PartnerType type) {
        this.type = type;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(String joinedOn) {
        this.joinedOn = joinedOn;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }
}
