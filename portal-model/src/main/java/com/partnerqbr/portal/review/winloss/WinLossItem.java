package com.partnerqbr.portal.review.winloss;

import com.partnerqbr.portal.deal.LossReason;
import com.partnerqbr.portal.review.Qbr;
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

/**
 * One win or loss the QBR reviews: the deal it came from (customer and amount copied, the deal
 * stays as the import left it); per win what worked and whether it is repeatable; per loss the
 * reason (from the data, editable) and what went wrong.
 */
@Entity
@Table(name = "qbr_win_loss")
@NamedQuery(name = "WinLossItem.ofQbr",
        query = "SELECT w FROM WinLossItem w WHERE w.qbr = :qbr ORDER BY w.win DESC, w.amount DESC, w.customer")
public class WinLossItem extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "qbr_id", nullable = false)
    private Qbr qbr;

    @Column(name = "deal_id")
    private Long dealId;

    @Column(nullable = false)
    private boolean win;

    @Column(nullable = false, length = 200)
    private String customer;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "what_worked", length = 1000)
    private String whatWorked;

    private Boolean repeatable;

    @Enumerated(EnumType.STRING)
    @Column(name = "loss_reason", length = 16)
    private LossReason lossReason;

    @Column(name = "what_went_wrong", length = 1000)
    private String whatWentWrong;

    protected WinLossItem() {
    }

    public WinLossItem(Qbr qbr, Long dealId, boolean win, String customer, BigDecimal amount, LossReason lossReason) {
        this.qbr = qbr;
        this.dealId = dealId;
        this.win = win;
        this.customer = customer;
        this.amount = amount;
        this.lossReason = lossReason;
    }

    public void reviewWin(String newWhatWorked, Boolean newRepeatable) {
        this.whatWorked = newWhatWorked;
        this.repeatable = newRepeatable;
    }

    public void reviewLoss(LossReason newReason, String newWhatWentWrong) {
        this.lossReason = newReason;
        this.whatWentWrong = newWhatWentWrong;
    }

    public Qbr getQbr() {
        return qbr;
    }

    public Long getDealId() {
        return dealId;
    }

    public boolean isWin() {
        return win;
    }

    public String getCustomer() {
        return customer;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getWhatWorked() {
        return whatWorked;
    }

    public Boolean getRepeatable() {
        return repeatable;
    }

    public LossReason getLossReason() {
        return lossReason;
    }

    public String getWhatWentWrong() {
        return whatWentWrong;
    }
}
