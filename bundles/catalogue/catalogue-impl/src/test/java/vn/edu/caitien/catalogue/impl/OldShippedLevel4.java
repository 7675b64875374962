package vn.edu.caitien.catalogue.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueDocument;
import vn.edu.caitien.catalogue.impl.yaml.CatalogueYamlReader;

/**
 * The Mức 4 summaries as the shipped TT 17, 18 and 19/2018 files had them up to migration V002 (in English), which
 * existing databases still hold; and the shipped files as they are now.
 */
final class OldShippedLevel4 {

    /** One Mức 4 item of a shipped regime, with the English summary it was shipped with. */
    record Item(String regimeId, String code, String english) {
    }

    /** The shipped regimes that have Mức 4 items. */
    static final List<String> REGIMES = List.of("tt17-2018", "tt18-2018", "tt19-2018");

    /** Every Mức 4 item of those regimes, in file order. */
    static final List<Item> ITEMS = List.of(
            new Item("tt17-2018", "Điều 22.1",
                    "The school education plan draws appropriately and effectively on advanced curricula from the "
                    + "region and the world."),
            new Item("tt17-2018", "Điều 22.2",
                    "All disadvantaged and gifted pupils reach the individual education goals set with the school "
                    + "and partners."),
            new Item("tt17-2018", "Điều 22.3",
                    "The library has modern ICT infrastructure, internet access and rich print and digital "
                    + "resources."),
            new Item("tt17-2018", "Điều 22.4",
                    "Over the five consecutive years before assessment the school met every goal of its development "
                    + "strategy."),
            new Item("tt17-2018", "Điều 22.5",
                    "In at least two of those five years the school's results clearly exceeded comparable schools "
                    + "and were recognised by authorities and the community."),
            new Item("tt18-2018", "Điều 22.1",
                    "The school education plan draws appropriately on advanced curricula from the region and the "
                    + "world and helps raise quality."),
            new Item("tt18-2018", "Điều 22.2",
                    "All disadvantaged and gifted students reach the individual education goals set with the school "
                    + "and partners."),
            new Item("tt18-2018", "Điều 22.3",
                    "Students take part in science/technology research and apply subject knowledge to real problems "
                    + "(recognised by authorities outside disadvantaged areas)."),
            new Item("tt18-2018", "Điều 22.4",
                    "The library has modern ICT infrastructure comparable to regional/international standards, "
                    + "broadband and Wi-Fi, and rich print and digital resources."),
            new Item("tt18-2018", "Điều 22.5",
                    "Over the five consecutive years before assessment the school met every goal of its development "
                    + "strategy."),
            new Item("tt18-2018", "Điều 22.6",
                    "In at least two of those five years the school's results clearly exceeded comparable schools "
                    + "and were recognised by authorities and the community."),
            new Item("tt19-2018", "Điều 22.1",
                    "The school develops the national preschool programme using advanced models and methods from "
                    + "abroad, adapted to age, school conditions and local culture."),
            new Item("tt19-2018", "Điều 22.2",
                    "At least 90% of teachers are rated good or better on the professional standard, 40% excellent "
                    + "(80%/30% in disadvantaged areas), and staff quality supports the strategy."),
            new Item("tt19-2018", "Điều 22.3",
                    "Play yards and children's play areas meet or exceed the national design-standard area, with "
                    + "indoor and outdoor activity corners."),
            new Item("tt19-2018", "Điều 22.4",
                    "All buildings are permanent, there is a counselling room, modern care/education equipment and a "
                    + "dedicated motor-development area offering two age-appropriate sports."),
            new Item("tt19-2018", "Điều 22.5",
                    "Over the five consecutive years before assessment the school met every goal of its development "
                    + "strategy."),
            new Item("tt19-2018", "Điều 22.6",
                    "In two of those five years the school's results clearly exceeded comparable schools and were "
                    + "recognised by authorities and the community."));

    private OldShippedLevel4() {
    }

    /** @return the shipped file of a 2018 regime, for example {@code catalogue/tt17.yaml} for {@code tt17-2018} */
    static String file(String regimeId) {
        return "catalogue/" + regimeId.substring(0, regimeId.indexOf('-')) + ".yaml";
    }

    /** @return the shipped file of a regime as the reader reads it */
    static CatalogueDocument shipped(String regimeId) {
        String file = file(regimeId);
        try (InputStream in = OldShippedLevel4.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing " + file);
            }
            CatalogueYamlReader.Result result = new CatalogueYamlReader(Integer.MAX_VALUE).read(in.readAllBytes());
            if (!result.problems().isEmpty()) {
                throw new IllegalStateException(file + ": " + result.problems());
            }
            return result.document();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the old items of one regime, in order */
    static List<Item> of(String regimeId) {
        return ITEMS.stream().filter(i -> i.regimeId().equals(regimeId)).toList();
    }
}
