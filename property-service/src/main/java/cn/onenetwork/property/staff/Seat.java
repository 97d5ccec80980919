package cn.onenetwork.property.staff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** 座位 who uses which office room, from when to when (open while toDate is null). */
@Entity
@Table(name = "seat")
public class Seat extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "room_id", nullable = false)
    public UUID roomId;

    @Column(name = "concurrent_post_id")
    public UUID concurrentPostId;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Column(name = "from_date", nullable = false)
    public LocalDate fromDate;

    @Column(name = "to_date")
    public LocalDate toDate;
}
