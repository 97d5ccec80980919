package cn.onenetwork.property.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The ranks of each administrative level (rank_title), in order of seniority. */
@ApplicationScoped
public class RankTitles {

    @Inject
    EntityManager entityManager;

    @SuppressWarnings("unchecked")
    public List<String> codes(AdministrativeLevel level) {
        return entityManager.createNativeQuery("SELECT code FROM rank_title WHERE level = ?1 ORDER BY seniority")
                .setParameter(1, level.name()).getResultList();
    }
}
