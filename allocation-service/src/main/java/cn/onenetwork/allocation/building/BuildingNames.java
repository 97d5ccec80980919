package cn.onenetwork.allocation.building;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The names of the registry's buildings, from this service's replica, read for a whole page or recommendation at once. */
@ApplicationScoped
public class BuildingNames {

    @Inject
    EntityManager entityManager;

    /** Each known building's name by id; a building not (yet) replicated is absent. */
    public Map<UUID, String> of(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT id, name FROM registry_building WHERE id = ANY(?1)")
                .setParameter(1, ids.toArray(UUID[]::new)).getResultList();
        rows.forEach(r -> names.put((UUID) r[0], (String) r[1]));
        return names;
    }
}
