package com.partnerqbr.portal.web.param;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * A row's id in a URL or a form ({@code @Param(converter = IdConverter.ID)}): 1 to 18 digits,
 * nothing else (no sign, no spaces), so that a malformed id reads like an unknown one.
 */
@FacesConverter(IdConverter.ID)
public class IdConverter implements Converter<Long> {

    public static final String ID = "portal.id";

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!isId(value)) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, "Not an id.", null));
        }
        return Long.valueOf(value);
    }

    /** True for 1 to 18 digits and nothing else. */
    public static boolean isId(String value) {
        return value.matches("[0-9]{1,18}");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}
