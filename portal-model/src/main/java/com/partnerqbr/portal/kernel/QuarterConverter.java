package com.partnerqbr.portal.kernel;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Quarter} as its text, {@code 2026-Q3}, which also sorts correctly. */
@Converter(autoApply = true)
public class QuarterConverter implements AttributeConverter<Quarter, String> {

    @Override
    public String convertToDatabaseColumn(Quarter quarter) {
        return quarter == null ? null : quarter.toString();
    }

    @Override
    public Quarter convertToEntityAttribute(String text) {
        return text == null ? null : Quarter.parse(text);
    }
}
