package org.raciplanner.api;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a client sends is what it means: a JSON value is read only as the type it is. The framework
 * would turn {@code false} into the text "false" or the number 0, and {@code 2016} into "2016";
 * these readers refuse that with a message naming what was expected and what was sent.
 */
@Factory
class StrictScalars {

    @Singleton
    Deserializer<String> strictString() {
        return new Strict<>("a string", JsonNode::isString, JsonNode::getStringValue);
    }

    @Singleton
    Deserializer<Boolean> strictBoolean() {
        return new Strict<>("true or false", JsonNode::isBoolean, JsonNode::getBooleanValue);
    }

    @Singleton
    Deserializer<Integer> strictInteger() {
        return new Strict<>("a whole number", StrictScalars::isWhole, node -> node.getBigDecimalValue().intValueExact());
    }

    @Singleton
    Deserializer<Long> strictLong() {
        return new Strict<>("a whole number", StrictScalars::isWhole, node -> node.getBigDecimalValue().longValueExact());
    }

    @Singleton
    Deserializer<BigDecimal> strictDecimal() {
        return new Strict<>("a number", JsonNode::isNumber, JsonNode::getBigDecimalValue);
    }

    private static boolean isWhole(JsonNode node) {
        if (!node.isNumber()) {
            return false;
        }
        BigDecimal value = node.getBigDecimalValue();
        return value.stripTrailingZeros().scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
    }

    /** Reads the value as a tree first, so its JSON type can be checked before it is converted. */
    private record Strict<T>(String expected, Predicate<JsonNode> accepts, Function<JsonNode, T> read) implements Deserializer<T> {

        @Override
        public T deserialize(Decoder decoder, DecoderContext context, Argument<? super T> type) throws IOException {
            JsonNode node = decoder.decodeNode();
            if (!accepts.test(node)) {
                throw decoder.createDeserializationException("must be " + expected + ", not " + Sent.describe(node), null);
            }
            try {
                return read.apply(node);
            } catch (ArithmeticException e) {
                throw decoder.createDeserializationException("must be " + expected + " within range, not " + Sent.describe(node), null);
            }
        }

        @Override
        public T deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super T> type) throws IOException {
            return decoder.decodeNull() ? null : deserialize(decoder, context, type);
        }
    }
}
