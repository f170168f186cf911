package com.partnerqbr.portal.review.agenda;

import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One section of the vendor's own agenda template for a meeting length; new QBR agendas of that
 * length start from it. A length without rows uses the portal's default template.
 */
@Entity
@Table(name = "agenda_template_section")
@NamedQuery(name = "AgendaTemplateSection.ofLength", query = "SELECT s FROM AgendaTemplateSection s"
        + " WHERE s.meetingMinutes = :minutes ORDER BY s.content.position")
@NamedQuery(name = "AgendaTemplateSection.all", query = "SELECT s FROM AgendaTemplateSection s"
        + " ORDER BY s.meetingMinutes, s.content.position")
public class AgendaTemplateSection extends TenantOwned {

    @Column(name = "meeting_minutes", nullable = false)
    private int meetingMinutes;

    @Embedded
    private SectionContent content;

    @Column(name = "edited_by", nullable = false, length = 255)
    private String editedBy;

    protected AgendaTemplateSection() {
    }

    public AgendaTemplateSection(int meetingMinutes, SectionContent content, String editedBy) {
        this.meetingMinutes = meetingMinutes;
        this.content = content;
        this.editedBy = editedBy;
    }

    public int getMeetingMinutes() {
        return meetingMinutes;
    }

    public SectionContent getContent() {
        return content;
    }

    public String getEditedBy() {
        return editedBy;
    }
}
