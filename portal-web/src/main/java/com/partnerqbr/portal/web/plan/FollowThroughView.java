package com.partnerqbr.portal.web.plan;

import com.partnerqbr.portal.plan.grading.FollowThrough;
import com.partnerqbr.portal.plan.grading.GradingService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** A partner's follow-through, both sides, for the partner's page. */
@Named
@RequestScoped
public class FollowThroughView {

    @EJB
    private GradingService grading;

    private List<FollowThrough.Figures> figures;

    public List<FollowThrough.Figures> of(long partnerId) {
        if (figures == null) {
            figures = grading.followThrough(partnerId);
        }
        return figures;
    }
}
