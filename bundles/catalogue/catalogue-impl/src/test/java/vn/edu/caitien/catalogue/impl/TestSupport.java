package vn.edu.caitien.catalogue.impl;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.List;
import vn.edu.caitien.catalogue.impl.db.CatalogueStore;
import vn.edu.caitien.portal.api.Membership;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.testsupport.TestDatabase;

/** Builds the service over a test database exactly as activation does, and the users tests act as. */
final class TestSupport {

    static final PortalUser ADMIN = new PortalUser("admin", "Quản trị", true, List.of());
    static final PortalUser TEACHER = new PortalUser("gv1", "Nguyễn Thị Lan", false,
            List.of(Membership.school("thcs-tx", PortalRole.TEACHER)));

    private TestSupport() {
    }

    static CatalogueServiceImpl.Config config(int maxBytes, boolean loadShipped) {
        return new CatalogueServiceImpl.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CatalogueServiceImpl.Config.class;
            }

            @Override
            public int max_import_bytes() {
                return maxBytes;
            }

            @Override
            public boolean load_shipped() {
                return loadShipped;
            }
        };
    }

    static CatalogueStore store(TestDatabase db) {
        db.migrate(CatalogueModule.ID, CatalogueServiceImpl.class);
        return new CatalogueStore(db.sqlSessionFactory(CatalogueStore.MAPPERS, CatalogueStore.ALIASES));
    }

    /** A service with the shipped catalogues loaded (the migration is applied first, as on activation). */
    static CatalogueServiceImpl service(TestDatabase db) {
        return new CatalogueServiceImpl(store(db), config(2 * 1024 * 1024, true), Clock.systemUTC());
    }
}
