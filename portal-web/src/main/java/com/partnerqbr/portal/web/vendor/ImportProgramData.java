package com.partnerqbr.portal.web.vendor;

import com.partnerqbr.portal.program.intake.Column;
import com.partnerqbr.portal.program.intake.ImportResult;
import com.partnerqbr.portal.program.intake.ProgramDataCsv;
import com.partnerqbr.portal.program.intake.ProgramDataImport;
import com.partnerqbr.portal.program.intake.ProgramDataKind;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The vendor admin brings program data in from a CSV file: chooses what the file holds,
 * uploads it, and sees either what was imported or every problem, with nothing imported.
 * The columns of each kind are listed on the page, with a template to download.
 */
@Named
@ViewScoped
public class ImportProgramData implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ImportProgramData.class.getName());

    @Inject
    private ProgramDataImport importer;

    private ProgramDataKind kind = ProgramDataKind.DEALS;
    private transient Part file;
    private String importedFileName;
    private ImportResult result;

    public void importFile() {
        result = null;
        if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    "Choose a CSV file to import.", null));
            return;
        }
        importedFileName = file.getSubmittedFileName();
        try (InputStream content = file.getInputStream()) {
            result = importer.importCsv(kind, content);
        } catch (IOException e) {
            failed("could not read the uploaded file", e);
        } catch (EJBException e) {
            failed("the import failed", e);
        }
    }

    private void failed(String what, Exception e) {
        LOG.log(Level.WARNING, "Import of " + kind.plural() + " from " + importedFileName + ": " + what, e);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                "The import failed and nothing was imported. Please try again; if it fails again, tell your "
                        + "portal administrator.", null));
    }

    /** The chosen kind's template: its header line and one example row. */
    public StreamedContent getTemplate() {
        byte[] csv = ProgramDataCsv.template(kind).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name(kind.code() + "-template.csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) csv.length)
                .stream(() -> new ByteArrayInputStream(csv))
                .build();
    }

    public List<ProgramDataKind> getKinds() {
        return List.of(ProgramDataKind.values());
    }

    public List<Column> getColumns() {
        return kind.columns();
    }

    public int getMaxMegabytes() {
        return ProgramDataCsv.MAX_MEGABYTES;
    }

    public ProgramDataKind getKind() {
        return kind;
    }

    public void setKind(ProgramDataKind kind) {
        this.kind = kind == null ? ProgramDataKind.DEALS : kind;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getImportedFileName() {
        return importedFileName;
    }

    public ImportResult getResult() {
        return result;
    }
}
