package com.partnerqbr.portal.scorecard;

import com.partnerqbr.portal.partner.OfPartner;
import com.partnerqbr.portal.partner.Partner;
import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One figure of a scorecard, with the version of the metric definition it was computed under. */
@Entity
@Table(name = "scorecard_figure")
@NamedQuery(name = "ScorecardFigure.trend",
        query = "SELECT f FROM ScorecardFigure f JOIN FETCH f.scorecard s WHERE s.partner = :partner"
                + " AND s.quarter >= :from AND s.quarter <= :to ORDER BY s.quarter")
public class ScorecardFigure extends TenantOwned implements OfPartner {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scorecard_id", nullable = false)
    private Scorecard scorecard;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Metric metric;

    @Column(nullable = false)
    private int position;

    @Column(name = "definition_version", nullable = false)
    private int definitionVersion;

    @Column(name = "figure_value", precision = 19, scale = 4)
    private BigDecimal value;

    @Column(precision = 19, scale = 4)
    private BigDecimal target;

    @Column(length = 500)
    private String detail;

    protected ScorecardFigure() {
    }

    ScorecardFigure(Scorecard scorecard, Metric metric) {
        this.scorecard = scorecard;
        this.metric = metric;
    }

    void take(int newPosition, FigureValue computed) {
        scorecard.requireDraft();
        position = newPosition;
        definitionVersion = computed.definitionVersion();
        if (!sameNumber(value, computed.value())) {
            value = computed.value();
        }
        if (!sameNumber(target, computed.target())) {
            target = computed.target();
        }
        detail = computed.detail();
    }

    /** Compares numbers by value, so that 2.50 read back from the database equals a computed 2.5. */
    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    public Scorecard getScorecard() {
        return scorecard;
    }

    /** The partner of the figure's scorecard. */
    @Override
    public Partner getPartner() {
        return scorecard.getPartner();
    }

    public Metric getMetric() {
        return metric;
    }

    public int getPosition() {
        return position;
    }

    public int getDefinitionVersion() {
        return definitionVersion;
    }

    public BigDecimal getValue() {
        return value;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }
}
