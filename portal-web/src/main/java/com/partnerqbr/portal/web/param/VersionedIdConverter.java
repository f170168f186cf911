package com.partnerqbr.portal.web.param;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/** {@code "id:version"}, each 1 to 18 digits, as a {@link VersionedId}. */
@FacesConverter(forClass = VersionedId.class)
public class VersionedIdConverter implements Converter<VersionedId> {

    @Override
    public VersionedId getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!value.matches("[0-9]{1,18}:[0-9]{1,18}")) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, "Not a choice.", null));
        }
        int colon = value.indexOf(':');
        return new VersionedId(Long.parseLong(value.substring(0, colon)), Long.parseLong(value.substring(colon + 1)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, VersionedId value) {
        return value == null ? "" : value.toString();
    }
}
