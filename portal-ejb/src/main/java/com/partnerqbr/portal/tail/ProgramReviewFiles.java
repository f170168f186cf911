package com.partnerqbr.portal.tail;

import com.partnerqbr.portal.kernel.Inputs;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.partner.PartnerService;
import com.partnerqbr.portal.tail.ProgramReviewResources.ResourceView;
import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.tenancy.Permission;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files a vendor attaches to a program review session, stored by the portal: PDF, PowerPoint,
 * Word, Excel, PNG or JPEG (told by the file's first bytes and its name's ending, not by what the
 * browser says), at most {@value #MAX_MEGABYTES} MB. Served only to the vendor's staff and the
 * users of the partners invited to its program reviews; to anyone else, and for another vendor's
 * file, "not found". The vendor may remove a file again.
 */
@Stateless
public class ProgramReviewFiles {

    /** The largest file taken, in MB: the portal's upload limit (web.xml's multipart-config). */
    public static final int MAX_MEGABYTES = 10;
    static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024;

    /** The local file header of a ZIP archive, which PPTX, DOCX and XLSX files are. */
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /** The kinds of file taken: the name's endings, the content type served, the first bytes. */
    enum Kind {
        PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, ".pdf"),
        PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP, ".pptx"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP, ".docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP, ".xlsx"),
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, ".png"),
        JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, ".jpg", ".jpeg");

        private final String contentType;
        private final byte[] magic;
        private final List<String> endings;

        Kind(String contentType, byte[] magic, String... endings) {
            this.contentType = contentType;
            this.magic = magic;
            this.endings = List.of(endings);
        }

        /** The kind of a file by its name's ending and first bytes; null when the two do not agree on one. */
        static Kind of(String fileName, byte[] content) {
            String name = fileName.toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(k -> k.endings.stream().anyMatch(name::endsWith))
                    .filter(k -> content.length >= k.magic.length
                            && Arrays.equals(Arrays.copyOf(content, k.magic.length), k.magic))
                    .findFirst().orElse(null);
        }
    }

    /** A file as downloaded. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CallerContext callerContext;

    @EJB
    private PartnerService partners;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://127.0.0.1:28080/portal")
    private String portalUrl;

    /**
     * Attaches a file to a session: refused without a title, an empty file, one over the limit, or
     * not of a kind taken; a cancelled session takes none; another vendor's session: "not found".
     */
    public ResourceView add(long sessionId, String title, String fileName, byte[] content) {
        Caller caller = callerContext.require(Permission.PLAN_PROGRAM_REVIEWS);
        ProgramReviewSession session = ProgramReviewService.notCancelled(em, sessionId);
        String name = Inputs.filled("File", fileName == null ? null : fileName.replaceAll(".*[/\\\\]", ""), 255);
        if (content == null || content.length == 0) {
            throw new RefusedException("File: " + name + " is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw new RefusedException("File: " + name + " is larger than " + MAX_MEGABYTES + " MB.");
        }
        Kind kind = Kind.of(name, content);
        if (kind == null) {
            throw new RefusedException("File: " + name + " is not a PDF, PowerPoint (.pptx), Word (.docx), Excel"
                    + " (.xlsx), PNG or JPEG file.");
        }
        ProgramReviewFile file = new ProgramReviewFile(session, Inputs.filled("Title", title, 200), name,
                kind.contentType, content, caller.name(), Instant.now());
        em.persist(file);
        em.flush();
        return new ResourceView(file.getId(), true, file.getTitle(), address(file.getId()), false, caller.name(),
                file.getAddedAt());
    }

    /** Removes a file from its session; another vendor's file, or one removed already: "not found". */
    public ResourceView remove(long fileId) {
        callerContext.require(Permission.PLAN_PROGRAM_REVIEWS);
        ProgramReviewFile file = ProgramReviewResources.removed(em, ProgramReviewFile.class, fileId,
                "program review file");
        return new ResourceView(fileId, true, file.getTitle(), address(fileId), false, file.getAddedBy(),
                file.getAddedAt());
    }

    /** The file for the vendor's staff or an invited partner's user; "not found" for anyone else. */
    public Download download(long fileId) {
        Caller caller = callerContext.current();
        ProgramReviewFile file = em.find(ProgramReviewFile.class, fileId);
        if (file == null || !caller.isVendorStaff() && !(caller.isPartnerUser()
                && AudienceService.isInvited(em, partners.ownPartner()))) {
            throw new NotFoundException("program review file", fileId);
        }
        return new Download(file.getFileName(), file.getContentType(), file.getContent());
    }

    /** Every file of the vendor's sessions as a resource (its address the portal's), by session. */
    public Map<Long, List<ResourceView>> bySession() {
        return em.createNamedQuery("ProgramReviewFile.listed", ListedFile.class).getResultStream()
                .collect(Collectors.groupingBy(ListedFile::sessionId, LinkedHashMap::new,
                        Collectors.mapping(f -> new ResourceView(f.id(), true, f.title() + " (" + f.fileName() + ", "
                                + kilobytes(f.size()) + ")", address(f.id()), false, f.addedBy(), f.addedAt()),
                                Collectors.toList())));
    }

    private String address(long fileId) {
        return portalUrl + "/program-review-file/" + fileId;
    }

    private static String kilobytes(long size) {
        return String.format(Locale.ROOT, "%,d KB", Math.max(1, (size + 1023) / 1024));
    }
}
