package com.partnerqbr.portal.web.program;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.tenancy.NotFoundException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

/** Files the pages hand out (PDFs, CSV exports): the response is the file, named, as a download. */
public final class Downloads {

    private Downloads() {
    }

    /**
     * Answers the request with the file {@code content} makes, as a download named {@code fileName};
     * 404 with {@code notFound} when it is not the caller's to read (the service answered "not
     * found" or refused).
     */
    public static void send(String fileName, String contentType, String notFound, Supplier<byte[]> content)
            throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        byte[] file;
        try {
            file = content.get();
        } catch (NotFoundException | RefusedException e) {
            external.responseSendError(404, notFound);
            faces.responseComplete();
            return;
        }
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseContentLength(file.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(file);
        }
        faces.responseComplete();
    }
}
