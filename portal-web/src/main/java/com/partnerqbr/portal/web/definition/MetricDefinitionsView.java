package com.partnerqbr.portal.web.definition;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.scorecard.Metric;
import com.partnerqbr.portal.scorecard.ScorecardTemplate;
import com.partnerqbr.portal.scorecard.definition.AgreementStatus;
import com.partnerqbr.portal.scorecard.definition.DefinitionAgreement;
import com.partnerqbr.portal.scorecard.definition.MetricDefinition;
import com.partnerqbr.portal.scorecard.definition.MetricDefinitionService;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The vendor's metric definitions: the newest version of each with its history and how
 * partners answered it, and publishing a new version (vendor admins).
 */
@Named
@ViewScoped
public class MetricDefinitionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MetricDefinitionService definitions;

    @Inject
    private CallerContext callerContext;

    private Map<Metric, List<MetricDefinition>> byMetric;
    private Metric editing;
    private int basedOnVersion;
    private String name;
    private String formula;
    private String source;
    private BigDecimal parameter;
    private String changeNote;

    @PostConstruct
    void load() {
        byMetric = definitions.all().stream().collect(Collectors.groupingBy(MetricDefinition::getMetric,
                LinkedHashMap::new, Collectors.toList()));
    }

    public List<Metric> getMetrics() {
        return List.copyOf(byMetric.keySet());
    }

    public MetricDefinition newest(Metric metric) {
        List<MetricDefinition> versions = byMetric.get(metric);
        return versions.get(versions.size() - 1);
    }

    public List<MetricDefinition> history(Metric metric) {
        return byMetric.get(metric);
    }

    /** Which partner types' scorecards show the metric. */
    public String appliesTo(Metric metric) {
        return Arrays.stream(ScorecardTemplate.values()).filter(t -> t.getMetrics().contains(metric))
                .map(t -> t.name().charAt(0) + t.name().substring(1).toLowerCase()).collect(Collectors.joining(", "));
    }

    /** "3 agreed, 1 question" for a version above 1. */
    public String answers(MetricDefinition definition) {
        if (definition.getDefinitionVersion() == 1) {
            return "Starting definition";
        }
        List<DefinitionAgreement> answers = definitions.answers(definition.getId());
        long agreed = answers.stream().filter(a -> a.getStatus() == AgreementStatus.AGREED).count();
        long questioned = answers.size() - agreed;
        return agreed + " agreed, " + questioned + (questioned == 1 ? " question" : " questions");
    }

    public List<DefinitionAgreement> questions(MetricDefinition definition) {
        if (definition.getDefinitionVersion() == 1) {
            return List.of();
        }
        return definitions.answers(definition.getId()).stream()
                .filter(a -> a.getStatus() == AgreementStatus.QUESTIONED).toList();
    }

    /** Opens the editor on the newest version of a metric. */
    public void edit(Metric metric) {
        MetricDefinition newest = newest(metric);
        editing = metric;
        basedOnVersion = newest.getDefinitionVersion();
        name = newest.getName();
        formula = newest.getFormula();
        source = newest.getSource();
        parameter = newest.getParameter();
        changeNote = null;
    }

    public String publish() {
        try {
            MetricDefinition published = definitions.publish(editing, basedOnVersion, name, formula, source,
                    editing.hasParameter() ? parameter : null, changeNote);
            Messages.info("Published " + published.getName() + " version " + published.getDefinitionVersion()
                    + ". Each partner's admin is asked to agree before it applies to that partner's scorecards.");
            return "/vendor/definitions.xhtml?faces-redirect=true";
        } catch (RefusedException e) {
            Messages.error("Not published: " + e.getMessage() + ".");
            return null;
        }
    }

    public boolean isMayPublish() {
        return callerContext.current().may(Permission.PUBLISH_DEFINITION);
    }

    public Metric getEditing() {
        return editing;
    }

    public int getBasedOnVersion() {
        return basedOnVersion;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFormula() {
        return formula;
    }

    public void setFormula(String formula) {
        this.formula = formula;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public BigDecimal getParameter() {
        return parameter;
    }

    public void setParameter(BigDecimal parameter) {
        this.parameter = parameter;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }
}
