package org.prolotrack.clinic.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prolotrack.clinic.Clinic;
import org.prolotrack.clinic.ClinicDirectory;
import org.prolotrack.clinic.Equipment;
import org.prolotrack.clinic.Provider;
import org.prolotrack.clinic.Room;
import org.prolotrack.security.CurrentUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JdbcClinicDirectory implements ClinicDirectory {

    private final JdbcClient jdbc;
    private final CurrentUsers users;

    JdbcClinicDirectory(JdbcClient jdbc, CurrentUsers users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    @Override
    public List<Clinic> clinics() {
        return jdbc.sql("select * from clinic order by name").query(JdbcClinicDirectory::clinic).list();
    }

    @Override
    public Optional<Clinic> clinic(UUID id) {
        return jdbc.sql("select * from clinic where id = :id").param("id", id).query(JdbcClinicDirectory::clinic).optional();
    }

    @Override
    public List<Provider> providers(UUID clinicId) {
        return jdbc.sql("select * from provider where clinic_id = :c order by family_name, given_name")
                .param("c", clinicId).query(JdbcClinicDirectory::provider).list();
    }

    @Override
    public Optional<Provider> provider(UUID id) {
        return jdbc.sql("select * from provider where id = :id").param("id", id).query(JdbcClinicDirectory::provider).optional();
    }

    @Override
    public List<Room> rooms(UUID clinicId) {
        return jdbc.sql("select * from room where clinic_id = :c order by name").param("c", clinicId)
                .query((rs, i) -> new Room(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class),
                        rs.getString("name"), Room.Kind.valueOf(rs.getString("kind")), rs.getBoolean("active")))
                .list();
    }

    @Override
    public List<Equipment> equipment(UUID clinicId) {
        return jdbc.sql("select * from equipment where clinic_id = :c order by kind, name").param("c", clinicId)
                .query((rs, i) -> new Equipment(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class),
                        rs.getObject("room_id", UUID.class), Equipment.Kind.valueOf(rs.getString("kind")),
                        rs.getString("name"), rs.getBoolean("active")))
                .list();
    }

    @Override
    @Transactional
    public UUID addClinic(NewClinic c) {
        ZoneId.of(c.timeZone()); // refuses an unknown time zone before anything is written
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into clinic (id, code, name, time_zone, address, phone, email, currency,
                    created_at, created_by, changed_at, changed_by)
                values (:id, :code, :name, :tz, :address, :phone, :email, :currency, :now, :by, :now, :by)""")
                .param("id", id).param("code", c.code()).param("name", c.name()).param("tz", c.timeZone())
                .param("address", c.address()).param("phone", c.phone()).param("email", c.email())
                .param("currency", c.currency() == null ? "USD" : c.currency())
                .param("now", now()).param("by", by()).update();
        return id;
    }

    @Override
    @Transactional
    public UUID addProvider(NewProvider p) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into provider (id, clinic_id, given_name, family_name, credentials, specialty, licence_number,
                    licence_state, email, created_at, created_by, changed_at, changed_by)
                values (:id, :clinic, :given, :family, :cred, :spec, :lic, :state, :email, :now, :by, :now, :by)""")
                .param("id", id).param("clinic", p.clinicId()).param("given", p.givenName())
                .param("family", p.familyName()).param("cred", p.credentials()).param("spec", p.specialty())
                .param("lic", p.licenceNumber()).param("state", p.licenceState()).param("email", p.email())
                .param("now", now()).param("by", by()).update();
        return id;
    }

    @Override
    @Transactional
    public UUID addRoom(UUID clinicId, String name, Room.Kind kind) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into room (id, clinic_id, name, kind, created_at, created_by, changed_at, changed_by)
                values (:id, :clinic, :name, :kind, :now, :by, :now, :by)""")
                .param("id", id).param("clinic", clinicId).param("name", name).param("kind", kind.name())
                .param("now", now()).param("by", by()).update();
        return id;
    }

    @Override
    @Transactional
    public UUID addEquipment(UUID clinicId, UUID roomId, Equipment.Kind kind, String name) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into equipment (id, clinic_id, room_id, kind, name, created_at, created_by, changed_at, changed_by)
                values (:id, :clinic, :room, :kind, :name, :now, :by, :now, :by)""")
                .param("id", id).param("clinic", clinicId).param("room", roomId).param("kind", kind.name())
                .param("name", name).param("now", now()).param("by", by()).update();
        return id;
    }

    private String by() {
        return users.currentOrSystem().username();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static Clinic clinic(ResultSet rs, int row) throws SQLException {
        return new Clinic(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                ZoneId.of(rs.getString("time_zone")), rs.getString("address"), rs.getString("phone"),
                rs.getString("email"), rs.getString("currency"));
    }

    private static Provider provider(ResultSet rs, int row) throws SQLException {
        return new Provider(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class),
                rs.getString("given_name"), rs.getString("family_name"), rs.getString("credentials"),
                rs.getString("specialty"), rs.getString("licence_number"), rs.getString("licence_state"),
                rs.getString("email"), rs.getBoolean("active"));
    }
}
