package com.partnerqbr.portal.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.program.intake.ProgramDataCsv;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The Faces servlet's upload limits in web.xml are the one stated limit, not a second one. */
class UploadLimitTest {

    @Test
    void theFacesServletTakesAFileOfTheImportLimitAndItsFormFieldsNoMore() throws Exception {
        Document webXml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
        long file = Long.parseLong(webXml.getElementsByTagName("max-file-size").item(0).getTextContent().trim());
        long request = Long.parseLong(webXml.getElementsByTagName("max-request-size").item(0).getTextContent().trim());
        assertEquals(ProgramDataCsv.MAX_BYTES, file);
        assertEquals(64 * 1024, request - file, "room for the form's other fields");
        assertTrue(UploadLimitFilter.TOO_LARGE.startsWith("The file is larger than 10 MB"), UploadLimitFilter.TOO_LARGE);
    }
}
