package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.avro.LevelCategory;
import dev.scaleprojection.classifier.domain.Explanation;
import dev.scaleprojection.classifier.domain.Rule;
import dev.scaleprojection.domain.Axis;
import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Concern;
import dev.scaleprojection.domain.Level;
import dev.scaleprojection.domain.ScaleVector;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;

/** A rule as the published language carries it on the rules topic (Avro), and back. */
public final class RuleMapping {

    private RuleMapping() {
    }

    public static dev.scaleprojection.avro.Rule toAvro(Rule rule) {
        return dev.scaleprojection.avro.Rule.newBuilder()
                .setRuleId(rule.id())
                .setVersion(rule.version())
                .setConcern(dev.scaleprojection.avro.Concern.valueOf(rule.concern().name()))
                .setAxis(dev.scaleprojection.avro.Axis.valueOf(rule.axis().name()))
                .setScaleVectors(rule.scaleVectors().stream().map(v -> dev.scaleprojection.avro.ScaleVector.valueOf(v.name())).toList())
                .setTitle(rule.title())
                .setFactKinds(rule.factKinds().stream().sorted().toList())
                .setAttributeEquals(new TreeMap<>(rule.attributeEquals()))
                .setCategories(rule.categories().entrySet().stream().map(e -> new LevelCategory(
                        dev.scaleprojection.avro.Level.valueOf(e.getKey().name()),
                        dev.scaleprojection.avro.GapCategory.valueOf(e.getValue().name()))).toList())
                .setCurrentState(rule.explanation().currentState())
                .setAtScale(rule.explanation().atScale())
                .setRequired(rule.explanation().required())
                .setRemediation(rule.explanation().remediation())
                .build();
    }

    public static Rule fromAvro(dev.scaleprojection.avro.Rule rule) {
        TreeMap<Level, Category> categories = new TreeMap<>();
        rule.getCategories().forEach(c -> categories.put(Level.valueOf(c.getFromLevel().name()), Category.valueOf(c.getCategory().name())));
        return new Rule(rule.getRuleId(), rule.getVersion(), Concern.valueOf(rule.getConcern().name()), Axis.valueOf(rule.getAxis().name()),
                rule.getScaleVectors().stream().map(v -> ScaleVector.valueOf(v.name())).toList(), rule.getTitle(),
                new HashSet<>(rule.getFactKinds()), new TreeMap<>(Map.copyOf(rule.getAttributeEquals())), categories,
                new Explanation(rule.getCurrentState(), rule.getAtScale(), rule.getRequired(), rule.getRemediation()));
    }
}
