package com.partnerqbr.portal.review.agenda;

import com.partnerqbr.portal.kernel.Deadlines;
import com.partnerqbr.portal.scorecard.dispute.Side;
import java.time.Instant;
import java.util.List;

/**
 * A QBR's agenda as pages show it: its sections (the template's while nobody saved one,
 * {@code version} -1), what breaks the rules, its deadline, the topics and the partner topics
 * left off the agenda.
 */
public record AgendaView(long qbrId, long version, int meetingMinutes, List<Section> sections, List<String> problems,
                         String editedBy, Instant editedAt, Instant sentAt, Instant deadline,
                         Deadlines.Status deadlineStatus, List<TopicView> topics, List<String> flags) {

    /** A section with its topics; {@code sectionId} null while the agenda is the unsaved template. */
    public record Section(Long sectionId, int position, SectionKind kind, String title, int minutes, String purpose,
                          boolean looksBack, Instant startedAt, Instant endedAt) {
    }

    /** A topic one side asked for and where it is placed (null: off the agenda). */
    public record TopicView(long topicId, Side side, String title, String proposedBy, Long sectionId,
                            String sectionTitle) {
    }

    /** "Previous commitments 5, Scorecard 5, ...": the agenda in one line. */
    public String summary() {
        return String.join(", ", sections.stream().map(s -> s.title() + " " + s.minutes()).toList());
    }
}
