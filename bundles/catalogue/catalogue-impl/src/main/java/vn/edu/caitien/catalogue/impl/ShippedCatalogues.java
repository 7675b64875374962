package vn.edu.caitien.catalogue.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.exceptions.PersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.edu.caitien.catalogue.api.CatalogueAdminService;
import vn.edu.caitien.catalogue.api.PublishConflictException;
import vn.edu.caitien.catalogue.impl.db.CatalogueStore;
import vn.edu.caitien.catalogue.impl.db.MappingMapper;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueYamlReader;

/**
 * Loads the catalogues and the default 2018 → TT 57 mapping shipped in this bundle, each file once: a file is
 * recorded in {@code CATALOGUE.SHIPPED_LOAD} in the same transaction that loads it, so a second start loads
 * nothing and two starts at once load each file once.
 */
final class ShippedCatalogues {

    /** The shipped catalogue files, in load order. */
    static final List<String> CATALOGUES = List.of("catalogue/tt17.yaml", "catalogue/tt18.yaml",
            "catalogue/tt19.yaml", "catalogue/tt57.yaml");

    /** The shipped default mapping. */
    static final String MAPPING = "catalogue/mapping-2018-tt57.yaml";

    /** User id recorded as publisher of shipped data. */
    static final String SYSTEM = "system";

    private static final Logger LOG = LoggerFactory.getLogger(ShippedCatalogues.class);

    private ShippedCatalogues() {
    }

    /** @return how many files were loaded by this call (0 on every start after the first) */
    static int load(CatalogueStore store, Instant now) {
        CatalogueYamlReader reader = new CatalogueYamlReader(Integer.MAX_VALUE);
        int loaded = 0;
        for (String file : CATALOGUES) {
            if (store.isShippedLoaded(file)) {
                continue;
            }
            CatalogueYamlReader.Result result = reader.read(resource(file));
            if (!result.problems().isEmpty()) {
                throw new IllegalStateException("shipped catalogue " + file + " is invalid: " + result.problems());
            }
            try {
                int version = store.publish(result.document(), SYSTEM, file, CatalogueAdminService.ANY_VERSION,
                        now, file);
                LOG.info("Loaded shipped catalogue {} as version {} of {}", file, version,
                        result.document().regimeId());
                loaded++;
            } catch (PublishConflictException e) {
                LOG.info("Shipped catalogue {} was loaded concurrently by another start", file);
            }
        }
        if (!store.isShippedLoaded(MAPPING)) {
            try {
                int rows = store.writeMappings(m -> loadMapping(m, now));
                LOG.info("Loaded the shipped 2018 to TT 57 mapping: {} links", rows);
                loaded++;
            } catch (PersistenceException e) {
                if (!CatalogueStore.isConflict(e)) {
                    throw e;
                }
                LOG.info("Shipped mapping was loaded concurrently by another start");
            }
        }
        return loaded;
    }

    @SuppressWarnings("unchecked")
    private static int loadMapping(MappingMapper mapper, Instant now) {
        mapper.insertShippedLoad(MAPPING, now);
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(new String(resource(MAPPING), java.nio.charset.StandardCharsets.UTF_8));
        int rows = 0;
        for (Map<String, Object> block : (List<Map<String, Object>>) root.get("mappings")) {
            String from = (String) block.get("from");
            String to = (String) block.get("to");
            String toAppendix = (String) block.get("to_appendix");
            Map<String, List<String>> links = new LinkedHashMap<>();
            links.putAll((Map<String, List<String>>) block.get("standards_1_to_4"));
            links.putAll((Map<String, List<String>>) block.get("standard_5"));
            for (Map.Entry<String, List<String>> link : links.entrySet()) {
                int position = 0;
                for (String target : link.getValue()) {
                    rows += mapper.insertMapping(from, "", link.getKey(), to, toAppendix, target, position++,
                            SYSTEM, now);
                }
            }
        }
        return rows;
    }

    private static byte[] resource(String path) {
        try (InputStream in = ShippedCatalogues.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing bundle resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
