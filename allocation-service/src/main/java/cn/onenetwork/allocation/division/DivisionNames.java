package cn.onenetwork.allocation.division;

import cn.onenetwork.allocation.i18n.AllocationText;
import cn.onenetwork.common.i18n.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** A division as a reader reads it: its name from the registry's replica, its code where the registry's event has not arrived yet. */
@ApplicationScoped
public class DivisionNames {

    @Inject
    EntityManager entityManager;

    public Text of(String code) {
        List<?> names = entityManager.createNativeQuery("SELECT name FROM registry_division WHERE code = ?1").setParameter(1, code).getResultList();
        return names.isEmpty() ? AllocationText.DIVISION_UNNAMED.with(code) : AllocationText.ITEM.with(names.get(0));
    }
}
