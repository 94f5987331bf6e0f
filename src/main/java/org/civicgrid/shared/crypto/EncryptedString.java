package org.civicgrid.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

/**
 * Seals a text column with {@link PersonalDataCipher}: the entity holds plain text, the column only
 * ciphertext. Hibernate takes this converter from Spring, so it gets the configured key.
 */
@Component
@Converter
public class EncryptedString implements AttributeConverter<String, String> {

    private final PersonalDataCipher cipher;

    public EncryptedString(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return cipher.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return cipher.decrypt(dbData);
    }
}
