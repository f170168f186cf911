package com.partnerqbr.portal.web.definition;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.scorecard.definition.MetricDefinitionService.PartnerDefinition;
import com.partnerqbr.portal.scorecard.definition.MetricDefinitionService;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Permission;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The definitions behind a partner's scorecard: the version in force for each metric and
 * any newer version waiting for the partner's answer. The partner's admin agrees or asks.
 */
@Named
@ViewScoped
public class PartnerDefinitionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MetricDefinitionService definitions;

    @Inject
    private CallerContext callerContext;

    private List<PartnerDefinition> list;
    private Long answering;
    private String question;

    @PostConstruct
    void load() {
        list = definitions.forOwnPartner();
    }

    public List<PartnerDefinition> getDefinitions() {
        return list;
    }

    public long getAwaiting() {
        return list.stream().filter(PartnerDefinition::isAwaitingAgreement).count();
    }

    public boolean isMayAnswer() {
        return callerContext.current().may(Permission.ANSWER_DEFINITION);
    }

    public String agree(long definitionId) {
        try {
            definitions.agree(definitionId);
            Messages.info("Agreed. The new definition applies from your next scorecard on; frozen scorecards keep theirs.");
        } catch (RefusedException | NotFoundException e) {
            Messages.error("Not recorded: " + e.getMessage() + ".");
        }
        return "/partner/definitions.xhtml?faces-redirect=true";
    }

    public String ask() {
        try {
            definitions.question(answering == null ? -1 : answering, question);
            Messages.info("Your question is sent to the vendor; the definition does not apply until you agree.");
        } catch (RefusedException | NotFoundException e) {
            Messages.error("Not recorded: " + e.getMessage() + ".");
        }
        return "/partner/definitions.xhtml?faces-redirect=true";
    }

    public Long getAnswering() {
        return answering;
    }

    public void setAnswering(Long answering) {
        this.answering = answering;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }
}
