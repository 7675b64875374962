package vn.edu.caitien.catalogue.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.caitien.catalogue.impl.TestSupport.ADMIN;
import static vn.edu.caitien.catalogue.impl.TestSupport.TEACHER;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.caitien.catalogue.api.CatalogueAdminService;
import vn.edu.caitien.catalogue.api.Level4Item;
import vn.edu.caitien.catalogue.impl.db.CatalogueStore;
import vn.edu.caitien.testsupport.TestDatabase;

/**
 * Migration V002 on a database of the previous release: the shipped Mức 4 summaries, loaded in English, become the
 * Vietnamese ones of the shipped files; a summary edited in place, a version an administrator published with an
 * edit and an imported version that still carries the English text are left alone. Run on Derby and PostgreSQL.
 */
abstract class Level4MigrationContract {

    private static final String EDITED_IN_PLACE = "Sân chơi đạt chuẩn thiết kế (đã sửa).";
    private static final String EDITED_BY_ADMIN = "Kế hoạch giáo dục tiếp cận chương trình tiên tiến (đã sửa).";

    @TempDir
    Path tmp;

    abstract TestDatabase db();

    @Test
    void oldEnglishShippedSummariesBecomeVietnameseAndEditsAndImportsStay() throws Exception {
        // The previous release: schema at V001, shipped files loaded once, their Mức 4 summaries in English.
        try (URLClassLoader v001Only = loaderSeeingOnly("V001__create_catalogue.sql")) {
            assertThat(db().migrate(CatalogueModule.ID, v001Only.loadClass(Anchor.class.getName()))).isEqualTo(1);
        }
        CatalogueStore store = new CatalogueStore(db().sqlSessionFactory(CatalogueStore.MAPPERS,
                CatalogueStore.ALIASES));
        assertThat(ShippedCatalogues.load(store, Instant.now())).isEqualTo(5);
        int english = 0;
        for (OldShippedLevel4.Item item : OldShippedLevel4.ITEMS) {
            english += update("UPDATE CATALOGUE.LEVEL4_ITEM SET SUMMARY = ? WHERE CODE = ? AND VERSION_ID ="
                    + " (SELECT ID FROM CATALOGUE.CATALOGUE_VERSION WHERE REGIME_ID = ? AND VERSION_NO = 1)",
                    item.english(), item.code(), item.regimeId());
        }
        assertThat(english).isEqualTo(OldShippedLevel4.ITEMS.size());
        // Someone changed one shipped summary in place.
        assertThat(update("UPDATE CATALOGUE.LEVEL4_ITEM SET SUMMARY = ? WHERE CODE = ? AND VERSION_ID ="
                + " (SELECT ID FROM CATALOGUE.CATALOGUE_VERSION WHERE REGIME_ID = ? AND VERSION_NO = 1)",
                EDITED_IN_PLACE, "Điều 22.3", "tt19-2018")).isEqualTo(1);
        CatalogueServiceImpl service = new CatalogueServiceImpl(store, TestSupport.config(2 * 1024 * 1024, false),
                Clock.systemUTC());
        // An administrator edits one TT 17 item (version 2) and re-imports TT 18 unchanged (version 2): both keep
        // the English text of the other items.
        String tt17 = service.exportYaml(TEACHER, "tt17-2018", 1);
        String englishOf221 = OldShippedLevel4.of("tt17-2018").get(0).english();
        assertThat(tt17).contains(englishOf221);
        assertThat(service.publish(ADMIN, tt17.replace(englishOf221, EDITED_BY_ADMIN)
                .getBytes(StandardCharsets.UTF_8), 1, "Sửa Mức 4").number()).isEqualTo(2);
        assertThat(service.publish(ADMIN, service.exportYaml(TEACHER, "tt18-2018", 1)
                .getBytes(StandardCharsets.UTF_8), CatalogueAdminService.ANY_VERSION, "Nhập lại").number())
                .isEqualTo(2);

        // This release starts: V002 runs.
        assertThat(db().migrate(CatalogueModule.ID, CatalogueServiceImpl.class)).isEqualTo(2);

        // The shipped versions now read exactly as a new installation loads them, except the row edited in place.
        for (String regimeId : OldShippedLevel4.REGIMES) {
            List<Level4Item> expected = OldShippedLevel4.shipped(regimeId).level4().stream()
                    .map(l -> new Level4Item(l.code(),
                            regimeId.equals("tt19-2018") && l.code().equals("Điều 22.3") ? EDITED_IN_PLACE
                                    : l.summary()))
                    .toList();
            assertThat(service.level4Items(TEACHER, regimeId, 1)).as(regimeId).isEqualTo(expected);
        }
        // The administrator's versions are untouched.
        List<Level4Item> tt17v2 = englishItems("tt17-2018");
        tt17v2.set(0, new Level4Item("Điều 22.1", EDITED_BY_ADMIN));
        assertThat(service.level4Items(TEACHER, "tt17-2018", 2)).isEqualTo(tt17v2);
        assertThat(service.level4Items(TEACHER, "tt18-2018", 0)).isEqualTo(englishItems("tt18-2018"));
        // Migrating again changes nothing.
        assertThat(db().migrate(CatalogueModule.ID, CatalogueServiceImpl.class)).isEqualTo(2);
        assertThat(service.level4Items(TEACHER, "tt18-2018", 1).get(0).summary())
                .isEqualTo(OldShippedLevel4.shipped("tt18-2018").level4().get(0).summary());
    }

    @Test
    void aNewInstallationLoadsTheVietnameseSummaries() {
        CatalogueServiceImpl service = TestSupport.service(db());
        for (String regimeId : OldShippedLevel4.REGIMES) {
            assertThat(service.level4Items(TEACHER, regimeId, 0)).as(regimeId)
                    .isEqualTo(OldShippedLevel4.shipped(regimeId).level4().stream()
                            .map(l -> new Level4Item(l.code(), l.summary())).toList())
                    .extracting(Level4Item::summary)
                    .doesNotContainAnyElementsOf(OldShippedLevel4.ITEMS.stream()
                            .map(OldShippedLevel4.Item::english).toList());
        }
    }

    private static List<Level4Item> englishItems(String regimeId) {
        return new java.util.ArrayList<>(OldShippedLevel4.of(regimeId).stream()
                .map(i -> new Level4Item(i.code(), i.english())).toList());
    }

    private int update(String sql, String... values) throws SQLException {
        try (Connection c = db().dataSource().getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                st.setString(i + 1, values[i]);
            }
            return st.executeUpdate();
        }
    }

    /**
     * A class loader with no parent that sees only {@link Anchor} and the named catalogue scripts, so that the
     * migrator, given {@link Anchor} as loaded there, finds the schema of an earlier release.
     */
    private URLClassLoader loaderSeeingOnly(String... scripts) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("db").resolve(CatalogueModule.ID));
        for (String script : scripts) {
            copy("db/" + CatalogueModule.ID + "/" + script, folder.resolve(script));
        }
        String classFile = Anchor.class.getName().replace('.', '/') + ".class";
        copy(classFile, Files.createDirectories(tmp.resolve(classFile).getParent()).resolve(
                classFile.substring(classFile.lastIndexOf('/') + 1)));
        return new URLClassLoader(new URL[] {tmp.toUri().toURL()}, null);
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = Level4MigrationContract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            Files.copy(in, target);
        }
    }

    /** Only loaded through {@link #loaderSeeingOnly}: the anchor of the migrator there. */
    static final class Anchor {
        private Anchor() {
        }
    }
}
