package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.avro.LevelCategory;
import dev.scaleprojection.avro.RuleUncertainty;
import dev.scaleprojection.avro.Settlement;
import dev.scaleprojection.classifier.domain.Explanation;
import dev.scaleprojection.classifier.domain.FactPredicate;
import dev.scaleprojection.classifier.domain.Rule;
import dev.scaleprojection.classifier.domain.Uncertainty;
import dev.scaleprojection.domain.Axis;
import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Concern;
import dev.scaleprojection.domain.Level;
import dev.scaleprojection.domain.ScaleVector;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** A rule as the published language carries it on the rules topic and in rule changes (Avro), and back. */
public final class RuleMapping {

    private RuleMapping() {
    }

    public static dev.scaleprojection.avro.Rule toAvro(Rule rule) {
        FactPredicate when = rule.when();
        return dev.scaleprojection.avro.Rule.newBuilder()
                .setRuleId(rule.id())
                .setVersion(rule.version())
                .setConcern(dev.scaleprojection.avro.Concern.valueOf(rule.concern().name()))
                .setAxis(dev.scaleprojection.avro.Axis.valueOf(rule.axis().name()))
                .setScaleVectors(rule.scaleVectors().stream().map(v -> dev.scaleprojection.avro.ScaleVector.valueOf(v.name())).toList())
                .setTitle(rule.title())
                .setFactKinds(List.copyOf(when.kinds()))
                .setAttributeEquals(new TreeMap<>(when.attributes()))
                .setRequiredKinds(List.copyOf(when.requires()))
                .setAbsentKinds(List.copyOf(when.absent()))
                .setMinCount(when.minCount())
                .setAcrossContexts(when.acrossContexts())
                .setAcrossComponents(when.acrossComponents())
                .setSameAttributes(List.copyOf(when.sameAttributes()))
                .setEntityNames(List.copyOf(when.entityNames()))
                .setCountDistinct(when.countDistinct())
                .setGapPer(rule.gapPer().name())
                .setSupersededBy(List.copyOf(rule.supersededBy()))
                .setCategories(levelCategories(rule.categories()))
                .setUncertainty(rule.uncertainty().map(u -> new RuleUncertainty(new TreeMap<>(u.undecidedWhen()), u.settledBy(),
                        u.settlements().entrySet().stream().map(s -> new Settlement(s.getKey(), levelCategories(s.getValue()))).toList()))
                        .orElse(null))
                .setCurrentState(rule.explanation().currentState())
                .setAtScale(rule.explanation().atScale())
                .setRequired(rule.explanation().required())
                .setRemediation(rule.explanation().remediation())
                .build();
    }

    public static Rule fromAvro(dev.scaleprojection.avro.Rule rule) {
        FactPredicate when = new FactPredicate(new TreeSet<>(rule.getFactKinds()), new TreeMap<>(Map.copyOf(rule.getAttributeEquals())),
                new TreeSet<>(rule.getRequiredKinds()), new TreeSet<>(rule.getAbsentKinds()), rule.getMinCount(), rule.getAcrossContexts(),
                rule.getAcrossComponents(), List.copyOf(rule.getSameAttributes()), rule.getCountDistinct(),
                List.copyOf(rule.getEntityNames()));
        Optional<Uncertainty> uncertainty = Optional.ofNullable(rule.getUncertainty()).map(u -> {
            SortedMap<String, SortedMap<Level, Category>> settlements = new TreeMap<>();
            u.getSettlements().forEach(s -> settlements.put(s.getFactKind(), categories(s.getCategories())));
            return new Uncertainty(new TreeMap<>(Map.copyOf(u.getUndecidedWhen())), u.getSettledBy(), settlements);
        });
        return new Rule(rule.getRuleId(), rule.getVersion(), Concern.valueOf(rule.getConcern().name()), Axis.valueOf(rule.getAxis().name()),
                rule.getScaleVectors().stream().map(v -> ScaleVector.valueOf(v.name())).toList(), rule.getTitle(), when,
                categories(rule.getCategories()), uncertainty,
                new Explanation(rule.getCurrentState(), rule.getAtScale(), rule.getRequired(), rule.getRemediation()),
                Rule.GapPer.valueOf(rule.getGapPer()), new TreeSet<>(rule.getSupersededBy()));
    }

    private static List<LevelCategory> levelCategories(SortedMap<Level, Category> categories) {
        return categories.entrySet().stream().map(e -> new LevelCategory(dev.scaleprojection.avro.Level.valueOf(e.getKey().name()),
                dev.scaleprojection.avro.GapCategory.valueOf(e.getValue().name()))).toList();
    }

    private static TreeMap<Level, Category> categories(List<LevelCategory> categories) {
        TreeMap<Level, Category> byLevel = new TreeMap<>();
        categories.forEach(c -> byLevel.put(Level.valueOf(c.getFromLevel().name()), Category.valueOf(c.getCategory().name())));
        return byLevel;
    }
}
