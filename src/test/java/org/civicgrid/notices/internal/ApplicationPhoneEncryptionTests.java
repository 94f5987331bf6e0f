package org.civicgrid.notices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.civicgrid.shared.crypto.PersonalDataCipher;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

class ApplicationPhoneEncryptionTests {

    private final PersonalDataCipher cipher = new PersonalDataCipher(Base64.getEncoder().encodeToString(new byte[32]));

    @Test
    void phones_written_in_plain_text_before_are_sealed_and_sealed_ones_left_alone() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:phones;MODE=PostgreSQL")) {
            try (Statement s = db.createStatement()) {
                s.execute("create table service_application (id bigint primary key, phone varchar(40) not null)");
                s.execute("insert into service_application values (1, '13800138000'), (2, '0731-22334455')");
            }
            String sealedBefore = cipher.encrypt("13912345678");
            try (Statement s = db.createStatement()) {
                // a sealed value needs the wide column: a second run finds it so
                s.execute("alter table service_application alter column phone set data type varchar(200)");
                s.execute("insert into service_application values (3, '" + sealedBefore + "')");
            }

            new ApplicationPhoneEncryption(cipher).migrate(context(db));

            List<String> stored = phones(db);
            assertThat(stored).allSatisfy(p -> assertThat(cipher.isSealed(p)).isTrue());
            assertThat(stored.toString()).doesNotContain("13800138000", "22334455");
            assertThat(stored.stream().map(cipher::decrypt)).containsExactly("13800138000", "0731-22334455", "13912345678");
            assertThat(stored.get(2)).isEqualTo(sealedBefore);
        }
    }

    private static List<String> phones(Connection db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery("select phone from service_application order by id")) {
            while (rows.next()) {
                out.add(rows.getString(1));
            }
        }
        return out;
    }

    private static Context context(Connection db) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return db;
            }
        };
    }
}
