package dev.ormshell.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ormshell.config.DatabaseUrl;
import dev.ormshell.testsupport.TestDatabase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An order line keyed by its order and product ({@code @EmbeddedId} filled by {@code @MapsId}), as
 * shop applications map it: a new line holds an empty key until it is saved, and is saved as new.
 */
class CompositeKeyTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aNewLineWithAnEmptyKeyIsSavedThroughItsOrderAndAChangedOneIsUpdated(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.create(kind, folder)) {
            Database opened = Database.open(DatabaseUrl.parse(database.url()), List.of(Product.class, Order.class, Line.class));
            Db db = new Db(opened);
            try {
                db.createAll();
                Product book = new Product("Dune");
                db.session.add(book);
                db.session.commit();

                Order order = new Order();
                order.lines.add(new Line(order, book, 2));
                db.session.add(order);
                db.session.commit();
                assertEquals(List.of(order.id + "|" + book.id + "|2"),
                        database.query("select order_id, product_id, quantity from shop_lines"));

                Line line = order.lines.get(0);
                db.session.close();
                line.quantity = 5;
                db.session.add(line);
                db.session.commit();
                assertEquals(List.of("5"), database.query("select quantity from shop_lines"));
            } finally {
                db.session.close();
                opened.close();
            }
        }
    }

    @Entity
    @Table(name = "shop_products")
    static class Product {
        @Id
        @GeneratedValue
        Long id;
        String title;

        Product() {
        }

        Product(String title) {
            this.title = title;
        }
    }

    @Entity
    @Table(name = "shop_orders")
    static class Order {
        @Id
        @GeneratedValue
        Long id;
        @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
        List<Line> lines = new ArrayList<>();
    }

    @Embeddable
    static class LineKey implements Serializable {
        Long orderId;
        Long productId;

        @Override
        public boolean equals(Object other) {
            return other instanceof LineKey key && Objects.equals(orderId, key.orderId) && Objects.equals(productId, key.productId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(orderId, productId);
        }
    }

    @Entity
    @Table(name = "shop_lines")
    static class Line {
        @EmbeddedId
        LineKey key = new LineKey();
        @ManyToOne
        @MapsId("orderId")
        Order order;
        @ManyToOne
        @MapsId("productId")
        Product product;
        int quantity;

        Line() {
        }

        Line(Order order, Product product, int quantity) {
            this.order = order;
            this.product = product;
            this.quantity = quantity;
        }
    }
}
