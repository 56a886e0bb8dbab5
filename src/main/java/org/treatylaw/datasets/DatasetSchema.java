package org.treatylaw.datasets;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import org.treatylaw.facts.DateRange;
import org.treatylaw.facts.Dataset;

/**
 * The JSON Schema of a dataset, generated from the records that read it, so that it cannot drift from what the
 * service accepts. Dates are strings: a day, a month, a year or an interval.
 */
public final class DatasetSchema {

    private DatasetSchema() {
    }

    public static ObjectNode generate() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED, JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.NULLABLE_FIELDS_BY_DEFAULT);
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            if (!type.getErasedType().equals(DateRange.class)) {
                return null;
            }
            ObjectNode date = context.getGeneratorConfig().createObjectNode()
                    .put("type", "string")
                    .put("pattern", "^\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?$")
                    .put("description", "a day (1998-03-15), a month (1998-03), a year (1998) or an interval (1994-04-30/1998-02)");
            return new com.github.victools.jsonschema.generator.CustomDefinition(date);
        });
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(Dataset.class);
        schema.put("title", "Dataset of the treaty-status engine");
        schema.put("description", "States, instruments with their final clauses, organizations with their organs, and facts with their sources. Data only: a dataset never carries rules.");
        return schema;
    }
}
