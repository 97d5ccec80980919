package cn.onenetwork.property.building;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "floor")
public class Floor extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "building_id", nullable = false)
    public UUID buildingId;

    /** As the drawings name it: "1", "B1", "M2". */
    @Column(nullable = false)
    public String label;

    @jakarta.persistence.Version
    public long version;
}
