package com.partnerqbr.portal.scorecard;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/** A flag with its sentence, e.g. "Win rate fell from 38% to 22%." Kept with the scorecard it was read from. */
@Embeddable
public class TalkingPoint implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "flag", nullable = false, length = 24)
    private Flag flag;

    @Column(name = "sentence", nullable = false, length = 300)
    private String sentence;

    protected TalkingPoint() {
    }

    public TalkingPoint(Flag flag, String sentence) {
        this.flag = Objects.requireNonNull(flag);
        this.sentence = Objects.requireNonNull(sentence);
    }

    public Flag getFlag() {
        return flag;
    }

    public String getSentence() {
        return sentence;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TalkingPoint other && flag == other.flag && sentence.equals(other.sentence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(flag, sentence);
    }

    @Override
    public String toString() {
        return flag + ": " + sentence;
    }
}
