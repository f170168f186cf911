package com.partnerqbr.portal.web.plan;

import com.partnerqbr.portal.plan.commitment.BoardFilter;
import com.partnerqbr.portal.plan.commitment.CommitmentBoard;
import com.partnerqbr.portal.plan.commitment.CommitmentRow;
import com.partnerqbr.portal.plan.commitment.CommitmentStatus;
import com.partnerqbr.portal.program.segment.Segment;
import com.partnerqbr.portal.scorecard.dispute.Side;
import com.partnerqbr.portal.web.program.Downloads;
import com.partnerqbr.portal.web.vendor.Book;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The commitments of every partner's plan in force, for the vendor's staff: overdue first, then by
 * due date, narrowed by side, owner, partner, segment and status, read a page at a time. A partner
 * manager opens on their book's commitments (the partners they own), all partners one click away
 * ({@code ?all=true}); one who owns no partner sees all.
 */
@Named
@ViewScoped
public class CommitmentsBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CommitmentBoard board;

    @Inject
    private Book book;

    /** True: only the caller's book; decided once, when the view is built. */
    private boolean mine;

    private Side side;
    private String owner;
    private Long partnerId;
    private Segment segment;
    private CommitmentStatus status;

    private final LazyDataModel<CommitmentRow> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(board.count(filter()));
        }

        @Override
        public List<CommitmentRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                        Map<String, FilterMeta> filterBy) {
            return board.page(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(CommitmentRow row) {
            return String.valueOf(row.id());
        }
    };

    @PostConstruct
    void init() {
        mine = book.isKept() && !"true".equals(Faces.getRequestParameter("all"));
    }

    private BoardFilter filter() {
        return new BoardFilter(side, owner, partnerId, segment, status, mine);
    }

    /** Whether the board holds only the caller's book. */
    public boolean isMine() {
        return mine;
    }

    /** Whether to offer the caller their book: a partner manager shown all partners' commitments. */
    public boolean isMayShowMine() {
        return !mine && book.isKept();
    }

    /** The board under the chosen filters as a CSV file. */
    public void exportCsv() throws IOException {
        Downloads.send("commitments.csv", "text/csv; charset=UTF-8", "Commitments not found",
                () -> board.csv(filter()));
    }

    public LazyDataModel<CommitmentRow> getModel() {
        return model;
    }

    public Side[] getSides() {
        return Side.values();
    }

    public Segment[] getSegments() {
        return Segment.values();
    }

    public CommitmentStatus[] getStatuses() {
        return CommitmentStatus.values();
    }

    public Side getSide() {
        return side;
    }

    public void setSide(Side side) {
        this.side = side;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public Segment getSegment() {
        return segment;
    }

    public void setSegment(Segment segment) {
        this.segment = segment;
    }

    public CommitmentStatus getStatus() {
        return status;
    }

    public void setStatus(CommitmentStatus status) {
        this.status = status;
    }
}
