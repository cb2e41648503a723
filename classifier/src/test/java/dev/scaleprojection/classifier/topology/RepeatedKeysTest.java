package dev.scaleprojection.classifier.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

class RepeatedKeysTest {

    private final RepeatedKeys keys = new RepeatedKeys();
    private final StringDeserializer strings = new StringDeserializer();

    @Test
    void readsEveryKeyAsTheStringDeserializerDoes() {
        List<byte[]> sequence = new ArrayList<>();
        String[] ids = {"acme/shop/orders", "acme/shop/payments", "acme/shop/orders", "*", "", "acme/ünïcødé/日本", "acme/shop/orders"};
        Random random = new Random(3);
        for (int i = 0; i < 500; i++) {
            sequence.add(random.nextInt(10) == 0 ? null : ids[random.nextInt(ids.length)].getBytes(StandardCharsets.UTF_8));
        }
        sequence.add(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}); // not UTF-8: replaced as the StringDeserializer replaces it
        sequence.add(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF});
        for (byte[] key : sequence) {
            assertThat(keys.deserialize("facts", key)).isEqualTo(strings.deserialize("facts", key));
        }
    }

    @Test
    void givesTheSameStringForTheSameBytesAsTheKeyBefore() {
        String first = keys.deserialize("facts", "acme/shop/orders".getBytes(StandardCharsets.UTF_8));
        assertThat(keys.deserialize("facts", "acme/shop/orders".getBytes(StandardCharsets.UTF_8))).isSameAs(first);
        assertThat(keys.deserialize("facts", "acme/shop/orderz".getBytes(StandardCharsets.UTF_8))).isEqualTo("acme/shop/orderz");
    }

    @Test
    void keepsNoReferenceToTheBytesItWasGiven() {
        byte[] key = "acme/shop/orders".getBytes(StandardCharsets.UTF_8);
        keys.deserialize("facts", key);
        key[0] = 'X'; // a caller reusing its buffer must not make the next key read as the old one
        assertThat(keys.deserialize("facts", key)).isEqualTo("Xcme/shop/orders");
    }
}
