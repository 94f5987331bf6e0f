package org.civicgrid.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

/**
 * Seals a text column with {@link PersonalDataCipher}: the entity holds plain text, the column only
 * ciphertext. Hibernate takes this converter from Spring, so it gets the configured key.
 *
 * <p>The constructor without arguments exists only for Spring Data's ahead-of-time processing (`./civicgrid`
 * builds the jar with it), which builds Hibernate's metamodel at build time and instantiates every converter
 * directly; it is package-private so that Spring, at run time, always picks the public one with the key.
 */
@Component
@Converter
public class EncryptedString implements AttributeConverter<String, String> {

    private final PersonalDataCipher cipher;

    EncryptedString() {
        this.cipher = null;
    }

    public EncryptedString(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return cipher().encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return cipher().decrypt(dbData);
    }

    private PersonalDataCipher cipher() {
        if (cipher == null) {
            throw new IllegalStateException("EncryptedString was created without its key, outside Spring");
        }
        return cipher;
    }
}
