package com.partnerqbr.portal.web.plan;

import com.partnerqbr.portal.plan.commitment.CommitmentBoard;
import com.partnerqbr.portal.plan.commitment.CommitmentRow;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The signed-in person's own commitments in the plans in force, overdue first, for the home pages. */
@Named
@RequestScoped
public class MyCommitments {

    @EJB
    private CommitmentBoard board;

    private List<CommitmentRow> rows;

    public List<CommitmentRow> getRows() {
        if (rows == null) {
            rows = board.mine();
        }
        return rows;
    }
}
