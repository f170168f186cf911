package com.partnerqbr.portal.scorecard;

import com.partnerqbr.portal.kernel.Quarter;
import com.partnerqbr.portal.partner.OfPartner;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One partner's figures for one quarter. A draft follows the data each time the vendor's
 * scorecards are refreshed; once frozen for a QBR its figures, talking points and
 * definition versions never change again.
 */
@Entity
@Table(name = "scorecard")
@NamedQuery(name = "Scorecard.ofQuarter",
        query = "SELECT s FROM Scorecard s WHERE s.quarter = :quarter")
@NamedQuery(name = "Scorecard.touch",
        query = "UPDATE Scorecard s SET s.refreshedAt = :at, s.version = s.version + 1"
                + " WHERE s.id IN :ids AND s.status = com.partnerqbr.portal.scorecard.ScorecardStatus.DRAFT")
@NamedQuery(name = "Scorecard.ofPartner",
        query = "SELECT s FROM Scorecard s WHERE s.partner = :partner AND s.quarter = :quarter")
@NamedQuery(name = "Scorecard.stampAndStuckAge",
        query = "SELECT COUNT(s), SUM(s.version), (SELECT d.parameter FROM MetricDefinition d"
                + " WHERE d.metric = com.partnerqbr.portal.scorecard.Metric.STUCK_DEALS AND d.definitionVersion ="
                + " (SELECT MAX(v.definitionVersion) FROM MetricDefinition v WHERE v.metric = d.metric"
                + " AND (v.definitionVersion = 1 OR EXISTS (SELECT a FROM DefinitionAgreement a WHERE a.definition = v"
                + " AND a.partner = :partner AND a.status = com.partnerqbr.portal.scorecard.definition.AgreementStatus.AGREED))))"
                + " FROM Scorecard s WHERE s.partner = :partner")
@NamedQuery(name = "Scorecard.trail",
        query = "SELECT s FROM Scorecard s WHERE s.partner = :partner AND s.quarter <= :quarter ORDER BY s.quarter DESC")
public class Scorecard extends TenantOwned implements OfPartner {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    /**
     * The partner's id as stored in the row: read-only, for the refresh's reads of a range of
     * partners ({@code s.partnerId BETWEEN :first AND :last}) without joining the partner
     * table, and without loading each partner as {@code getPartner().getId()} would. Null on
     * a scorecard persisted in this transaction until it is read again.
     */
    @Column(name = "partner_id", insertable = false, updatable = false)
    private Long partnerId;

    @Column(nullable = false, length = 7)
    private Quarter quarter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ScorecardStatus status = ScorecardStatus.DRAFT;

    /** 0-100, see {@code HealthScore}; null when no part of it can be computed. */
    @Column(name = "health_score", precision = 5, scale = 1)
    private BigDecimal healthScore;

    /**
     * Deals won in the quarter, as of the last refresh: not a figure shown on the scorecard,
     * but a fact the tier criteria add up over trailing quarters, frozen with the figures.
     */
    @Column(name = "won_deals", nullable = false)
    private int wonDeals;

    @Column(name = "refreshed_at", nullable = false)
    private Instant refreshedAt;

    @Column(name = "frozen_at")
    private Instant frozenAt;

    @Column(name = "frozen_by", length = 255)
    private String frozenBy;

    @OneToMany(mappedBy = "scorecard", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ScorecardFigure> figures = new ArrayList<>();

    @OneToMany(mappedBy = "scorecard", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ScorecardTalkingPoint> talkingPoints = new ArrayList<>();

    protected Scorecard() {
    }

    public Scorecard(Partner partner, Quarter quarter) {
        this.partner = partner;
        this.quarter = quarter;
    }

    /**
     * Replaces the draft's figures and talking points with freshly computed ones. Figures of
     * a metric that stays keep their row (a dispute may point at it).
     *
     * @throws IllegalStateException when the scorecard is frozen
     */
    public void refresh(List<FigureValue> values, List<TalkingPoint> points, BigDecimal health, int wonDeals,
                        Instant at) {
        requireDraft();
        List<ScorecardFigure> kept = new ArrayList<>();
        int position = 0;
        for (FigureValue value : values) {
            ScorecardFigure figure = figure(value.metric()).orElseGet(() -> new ScorecardFigure(this, value.metric()));
            figure.take(position++, value);
            kept.add(figure);
        }
        figures.retainAll(kept);
        for (ScorecardFigure figure : kept) {
            if (!figures.contains(figure)) {
                figures.add(figure);
            }
        }
        figures.sort(java.util.Comparator.comparingInt(ScorecardFigure::getPosition));
        // rows keep their place: a changed point is updated in place, never deleted and inserted again
        for (int i = 0; i < points.size(); i++) {
            if (i < talkingPoints.size()) {
                talkingPoints.get(i).take(points.get(i));
            } else {
                talkingPoints.add(new ScorecardTalkingPoint(this, i, points.get(i)));
            }
        }
        while (talkingPoints.size() > points.size()) {
            talkingPoints.remove(talkingPoints.size() - 1);
        }
        this.healthScore = health;
        this.wonDeals = wonDeals;
        this.refreshedAt = at;
    }

    /** Freezes the scorecard for a QBR. Freezing twice is refused: the first freeze is the one that counts. */
    public void freeze(String by, Instant at) {
        requireDraft();
        status = ScorecardStatus.FROZEN;
        frozenBy = by;
        frozenAt = at;
    }

    void requireDraft() {
        if (status == ScorecardStatus.FROZEN) {
            throw new IllegalStateException("the scorecard of " + quarter + " is frozen: its figures never change");
        }
    }

    public Optional<ScorecardFigure> figure(Metric metric) {
        return figures.stream().filter(f -> f.getMetric() == metric).findFirst();
    }

    public Partner getPartner() {
        return partner;
    }

    /** The partner's id as stored; see the field. */
    public Long getPartnerId() {
        return partnerId;
    }

    public Quarter getQuarter() {
        return quarter;
    }

    public ScorecardStatus getStatus() {
        return status;
    }

    public boolean isFrozen() {
        return status == ScorecardStatus.FROZEN;
    }

    public int getWonDeals() {
        return wonDeals;
    }

    public BigDecimal getHealthScore() {
        return healthScore;
    }

    public Instant getRefreshedAt() {
        return refreshedAt;
    }

    public Instant getFrozenAt() {
        return frozenAt;
    }

    public String getFrozenBy() {
        return frozenBy;
    }

    public List<ScorecardFigure> getFigures() {
        return Collections.unmodifiableList(figures);
    }

    public List<TalkingPoint> getTalkingPoints() {
        return talkingPoints.stream().map(ScorecardTalkingPoint::getPoint).toList();
    }
}
