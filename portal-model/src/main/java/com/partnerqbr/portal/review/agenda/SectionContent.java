package com.partnerqbr.portal.review.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/**
 * What a section of an agenda says, in the same columns wherever a section is kept: a QBR's
 * agenda ({@link AgendaSection}) and the vendor's template ({@link AgendaTemplateSection}).
 */
@Embeddable
public class SectionContent implements Serializable {

    private static final long serialVersionUID = 1L;

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

    protected SectionContent() {
    }

    public SectionContent(int position, SectionKind kind, String title, int minutes, String purpose,
                          boolean looksBack) {
        this.position = position;
        this.kind = kind;
        this.title = title;
        this.minutes = minutes;
        this.purpose = purpose;
        this.looksBack = looksBack;
    }

    public int getPosition() {
        return position;
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
}
