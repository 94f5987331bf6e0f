package org.civicgrid.notices.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.civicgrid.shared.crypto.PersonalDataCipher;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 709: an applicant's phone is personal data and is encrypted at rest like a resident's. The column
 * widens to hold the sealed form, and phones written before in plain text are sealed with the configured key —
 * which is why this migration is Java (a Spring bean Flyway runs in order), not SQL: the key never reaches the
 * database.
 */
@Component
class ApplicationPhoneEncryption implements JavaMigration {

    private final PersonalDataCipher cipher;

    ApplicationPhoneEncryption(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("709");
    }

    @Override
    public String getDescription() {
        return "notices application phone encrypted";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        try (Statement widen = db.createStatement()) {
            widen.execute("alter table service_application alter column phone set data type varchar(200)");
        }
        try (Statement read = db.createStatement();
                ResultSet rows = read.executeQuery("select id, phone from service_application");
                PreparedStatement seal = db.prepareStatement("update service_application set phone = ? where id = ?")) {
            while (rows.next()) {
                String phone = rows.getString("phone");
                if (!cipher.isSealed(phone)) {
                    seal.setString(1, cipher.encrypt(phone));
                    seal.setLong(2, rows.getLong("id"));
                    seal.addBatch();
                }
            }
            seal.executeBatch();
        }
    }
}
