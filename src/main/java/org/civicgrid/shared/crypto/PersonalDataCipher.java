package org.civicgrid.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Personal data at rest: AES-256-GCM with a random 96-bit nonce per value (stored as
 * {@code v1:base64(nonce ‖ ciphertext ‖ tag)}), and an HMAC-SHA256 lookup hash so that a resident can be
 * found — and kept unique — by exact ID number without decrypting anything. Both keys are derived from
 * {@code civicgrid.security.data-key} (32 bytes, base64), which never lives in the database: a copy of
 * the database alone does not reveal an ID number or a phone.
 */
@Component
public class PersonalDataCipher {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey encryptionKey;
    private final SecretKey lookupKey;

    public PersonalDataCipher(@Value("${civicgrid.security.data-key}") String base64Key) {
        byte[] master;
        try {
            master = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("civicgrid.security.data-key must be base64", e);
        }
        if (master.length != 32) {
            throw new IllegalStateException("civicgrid.security.data-key must be 32 bytes (base64), not " + master.length);
        }
        // one configured key, two purposes: separate keys so the hash never helps an attack on the encryption
        this.encryptionKey = new SecretKeySpec(hmac(master, "civicgrid/personal-data/encrypt/v1"), "AES");
        this.lookupKey = new SecretKeySpec(hmac(master, "civicgrid/personal-data/lookup/v1"), "HmacSHA256");
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt personal data", e);
        }
    }

    /** Whether a stored value is in the sealed form (a column written before it was encrypted holds plain text). */
    public boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** @throws IllegalStateException when the value was not sealed with this key or was tampered with */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("Personal data is not in the expected encrypted form");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot decrypt personal data: wrong key or damaged value", e);
        }
    }

    /** The keyed hash of a normalised value, as 64 hex digits; equal inputs give equal hashes. */
    public String lookupHash(String normalised) {
        if (normalised == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot hash personal data", e);
        }
    }

    private static byte[] hmac(byte[] key, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
