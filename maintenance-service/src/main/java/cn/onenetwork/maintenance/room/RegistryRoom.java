package cn.onenetwork.maintenance.room;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A room as the registry publishes it; read here, written only by {@link RoomEventHandler}. */
@Entity
@Table(name = "registry_room")
public class RegistryRoom extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "building_id", nullable = false)
    public UUID buildingId;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public String category;

    @Column(name = "use_area", nullable = false)
    public BigDecimal useArea;

    @Column(nullable = false)
    public String status;

    @Column(name = "retired_on")
    public LocalDate retiredOn;
}
