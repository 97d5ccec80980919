package cn.onenetwork.property.parcel;

import cn.onenetwork.property.title.LandUseType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 院落/宗地 a land parcel of a division, on which buildings stand. */
@Entity
@Table(name = "parcel")
public class Parcel extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String address;

    @Column(name = "land_area", nullable = false)
    public BigDecimal landArea;

    @Enumerated(EnumType.STRING)
    @Column(name = "land_use_type")
    public LandUseType landUseType;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Lower-cased name, code and address (or what the table searches by), kept by the database for text search. */
    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;
}
