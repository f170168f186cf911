package com.partnerqbr.portal.review.agenda;

import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One section of the vendor's own agenda template for a meeting length; new QBR agendas of that
 * length start from it. A length without rows uses the portal's default template.
 */
@Entity
@Table(name = "agenda_template_section")
@NamedQuery(name = "AgendaTemplateSection.ofLength", query = "SELECT s FROM AgendaTemplateSection s"
        + " WHERE s.meetingMinutes = :minutes ORDER BY s.position")
@NamedQuery(name = "AgendaTemplateSection.all", query = "SELECT s FROM AgendaTemplateSection s"
        + " ORDER BY s.meetingMinutes, s.position")
public class AgendaTemplateSection extends TenantOwned {

    @Column(name = "meeting_minutes", nullable = false)
    private int meetingMinutes;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private SectionKind kind;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(nullable = false)
    private int minutes;

    @Column(length = 300)
    private String purpose;

    @Column(name = "looks_back", nullable = false)
    private boolean looksBack;

    @Column(name = "edited_by", nullable = false, length = 255)
    private String editedBy;

    protected AgendaTemplateSection() {
    }

    public AgendaTemplateSection(int meetingMinutes, int position, SectionKind kind, String title, int minutes,
                                 String purpose, boolean looksBack, String editedBy) {
        this.meetingMinutes = meetingMinutes;
        this.position = position;
        this.kind = kind;
        this.title = title;
        this.minutes = minutes;
        this.purpose = purpose;
        this.looksBack = looksBack;
        this.editedBy = editedBy;
    }

    public int getMeetingMinutes() {
        return meetingMinutes;
    }

    public SectionKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public int getMinutes() {
        return minutes;
    }

    public String getPurpose() {
        return purpose;
    }

    public boolean isLooksBack() {
        return looksBack;
    }

    public String getEditedBy() {
        return editedBy;
    }
}
