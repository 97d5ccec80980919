package cn.onenetwork.maintenance.building;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A building as the registry publishes it; read here, written only by {@link BuildingEventHandler}. */
@Entity
@Table(name = "registry_building")
public class RegistryBuilding extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    public String address;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "year_built")
    public Integer yearBuilt;

    @Column(name = "gross_floor_area", nullable = false)
    public BigDecimal grossFloorArea;

    @Column(name = "disposed_on")
    public LocalDate disposedOn;

    @Column(name = "last_medium_or_major_repair_on")
    public LocalDate lastMediumOrMajorRepairOn;

    /** Where the works are: the address, or the name when the registry published none. */
    public String place() {
        return address == null || address.isBlank() ? name : address;
    }
}
