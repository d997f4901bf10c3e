package org.officialvoices.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON Schemas in docs/schema/ document exactly the fields the readers accept, no more and no fewer. */
class SchemasMatchReadersTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "site, ''",
        "sources, /properties/sources/items",
        "platforms, /properties/platforms/items",
        "platforms, /properties/platforms/items/properties/launched",
        "kinds, /properties/kinds/items",
        "corrections, /properties/corrections/items",
        "account, ''",
        "account, /properties/created",
        "account, /properties/events/items",
        "account, /properties/observations/items",
        "account, /properties/disagreements/items",
        "account, /properties/disagreements/items/properties/claims/items",
        "sources, /properties/sources/items/properties/readCopy",
        "sources, /properties/sources/items/properties/archived",
        "site, /properties/textLicence",
        "site, /properties/dataLicence",
        "dataset, ''",
        "dataset, /properties/figures/items",
        "dataset, /properties/figures/items/properties/period",
        "dataset, /properties/charts/items",
        "dataset, /properties/disagreements/items",
        "dataset, /properties/disagreements/items/properties/claims/items",
        "case-study-front-matter, ''",
        "page-front-matter, ''",
    })
    void schemaPropertiesAreTheFieldsTheReaderKnows(String schema, String pointer) throws Exception {
        JsonNode node = new ObjectMapper().readTree(Path.of("docs/schema", schema + ".schema.json").toFile()).at(pointer);
        Set<String> properties = new HashSet<>();
        node.get("properties").fieldNames().forEachRemaining(properties::add);
        assertThat(properties).isEqualTo(readerFields(schema, pointer));
        assertThat(node.get("additionalProperties").asBoolean(true)).isFalse();
    }

    private static Set<String> readerFields(String schema, String pointer) {
        if (pointer.endsWith("launched") || pointer.endsWith("created")) {
            return Values.DATED_FIELDS;
        }
        if (pointer.endsWith("events/items")) {
            return Values.EVENT_FIELDS;
        }
        if (pointer.endsWith("observations/items")) {
            return Values.OBSERVATION_FIELDS;
        }
        if (pointer.endsWith("disagreements/items")) {
            return Values.DISAGREEMENT_FIELDS;
        }
        if (pointer.endsWith("claims/items")) {
            return Values.CLAIM_FIELDS;
        }
        if (pointer.endsWith("Licence")) {
            return CatalogReader.LICENCE_FIELDS;
        }
        if (pointer.endsWith("readCopy")) {
            return CatalogReader.READ_COPY_FIELDS;
        }
        if (pointer.endsWith("archived")) {
            return CatalogReader.ARCHIVED_FIELDS;
        }
        if (pointer.endsWith("figures/items/properties/period")) {
            return DatasetReader.PERIOD_FIELDS;
        }
        if (pointer.endsWith("charts/items")) {
            return DatasetReader.CHART_FIELDS;
        }
        if (pointer.endsWith("figures/items")) {
            Set<String> fields = new HashSet<>(Values.OBSERVATION_FIELDS);
            fields.addAll(DatasetReader.FIGURE_FIELDS);
            return fields;
        }
        return switch (schema) {
            case "site" -> CatalogReader.SITE_FIELDS;
            case "sources" -> CatalogReader.SOURCE_FIELDS;
            case "platforms" -> CatalogReader.PLATFORM_FIELDS;
            case "kinds" -> CatalogReader.KIND_FIELDS;
            case "corrections" -> CatalogReader.CORRECTION_FIELDS;
            case "account" -> AccountReader.FIELDS;
            case "dataset" -> DatasetReader.FIELDS;
            case "case-study-front-matter" -> MarkdownReader.CASE_STUDY_KEYS;
            case "page-front-matter" -> MarkdownReader.PAGE_KEYS;
            default -> throw new IllegalArgumentException(schema);
        };
    }
}
