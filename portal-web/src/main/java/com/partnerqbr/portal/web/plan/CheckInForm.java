package com.partnerqbr.portal.web.plan;

import com.partnerqbr.portal.plan.commitment.CommitmentStatus;

/** The fields of a check-in as its form holds them: the commitment, progress, status, blocker, next step. */
public class CheckInForm {

    private Long checkInOn;
    private String progress;
    private CommitmentStatus checkInStatus = CommitmentStatus.ON_TRACK;
    private String blocker;
    private String nextStep;
    private String droppedReason;

    public Long getCheckInOn() {
        return checkInOn;
    }

    public void setCheckInOn(Long checkInOn) {
        this.checkInOn = checkInOn;
    }

    public String getProgress() {
        return progress;
    }

    public void setProgress(String progress) {
        this.progress = progress;
    }

    public CommitmentStatus getCheckInStatus() {
        return checkInStatus;
    }

    public void setCheckInStatus(CommitmentStatus checkInStatus) {
        this.checkInStatus = checkInStatus;
    }

    public String getBlocker() {
        return blocker;
    }

    public void setBlocker(String blocker) {
        this.blocker = blocker;
    }

    public String getNextStep() {
        return nextStep;
    }

    public void setNextStep(String nextStep) {
        this.nextStep = nextStep;
    }

    public String getDroppedReason() {
        return droppedReason;
    }

    public void setDroppedReason(String droppedReason) {
        this.droppedReason = droppedReason;
    }
}
