package com.partnerqbr.portal.web.param;

import com.partnerqbr.portal.kernel.Quarter;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/** Quarters in URLs and forms, written 2026-Q3. */
@FacesConverter(forClass = Quarter.class)
public class QuarterConverter implements Converter<Quarter> {

    @Override
    public Quarter getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Quarter.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Quarter value) {
        return value == null ? "" : value.toString();
    }
}
