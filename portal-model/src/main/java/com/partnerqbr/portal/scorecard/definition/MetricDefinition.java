package com.partnerqbr.portal.scorecard.definition;

import com.partnerqbr.portal.scorecard.Metric;
import com.partnerqbr.portal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a metric means, in one published version: name, formula in words, source and, for
 * metrics that have one, the parameter of the rule. Versions are never edited: a change is
 * a new version, which each partner agrees to before it is used in that partner's next
 * scorecard. Version 1 is the program's starting definition, in force for every partner.
 */
@Entity
@Table(name = "metric_definition")
@NamedQuery(name = "MetricDefinition.all",
        query = "SELECT d FROM MetricDefinition d ORDER BY d.metric, d.definitionVersion")
@NamedQuery(name = "MetricDefinition.count", query = "SELECT COUNT(d) FROM MetricDefinition d")
public class MetricDefinition extends TenantOwned {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Metric metric;

    @Column(name = "definition_version", nullable = false)
    private int definitionVersion;

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String name;

    @NotBlank
    @Size(max = 1000)
    @Column(nullable = false, length = 1000)
    private String formula;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String source;

    @Column(precision = 12, scale = 2)
    private BigDecimal parameter;

    @Size(max = 500)
    @Column(name = "change_note", length = 500)
    private String changeNote;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 255)
    private String publishedBy;

    protected MetricDefinition() {
    }

    public MetricDefinition(Metric metric, int definitionVersion, String name, String formula, String source,
                            BigDecimal parameter, String changeNote, String publishedBy, Instant publishedAt) {
        this.metric = metric;
        this.definitionVersion = definitionVersion;
        this.name = name;
        this.formula = formula;
        this.source = source;
        this.parameter = parameter;
        this.changeNote = changeNote;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    /** The program's starting definition of a metric, taken from the metric itself. */
    public static MetricDefinition first(Metric metric, String publishedBy, Instant at) {
        return new MetricDefinition(metric, 1, metric.getLabel(), metric.getFormula(), metric.getSource(),
                metric.getDefaultParameter(), "Starting definition of the program", publishedBy, at);
    }

    public Metric getMetric() {
        return metric;
    }

    public int getDefinitionVersion() {
        return definitionVersion;
    }

    public String getName() {
        return name;
    }

    public String getFormula() {
        return formula;
    }

    public String getSource() {
        return source;
    }

    public BigDecimal getParameter() {
        return parameter;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
