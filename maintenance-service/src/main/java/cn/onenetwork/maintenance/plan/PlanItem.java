package cn.onenetwork.maintenance.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A project funded by a plan, with its rank and the score it had when the plan was drawn up. */
@Entity
@Table(name = "annual_plan_item")
public class PlanItem extends PanacheEntityBase {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public int rank;

    @Column(nullable = false)
    public BigDecimal score;

    @Column(nullable = false)
    public BigDecimal amount;
}
