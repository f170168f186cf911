package com.partnerqbr.portal.api.partner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.partnerqbr.portal.partner.PartnerType;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

class PartnerViewTest {

    @Test
    void theDocumentedTypesAreThePartnerTypes() throws NoSuchFieldException {
        Schema schema = PartnerView.class.getDeclaredField("type").getAnnotation(Schema.class);
        String[] constants = Arrays.stream(PartnerType.values()).map(Enum::name).toArray(String[]::new);
        assertArrayEquals(constants, schema.enumeration());
    }
}
