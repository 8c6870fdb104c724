package dev.ormshell.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelImportsTest {

    @Test
    void importsEachPackageAndEachClassByNameNestedOnesThroughTheirOuterClass() {
        ModelImports imports = ModelImports.of(List.of("org.example.shop.Order", "org.example.shop.types.Status",
                "org.example.shop.Order$Line"));
        assertEquals("""
                import org.example.shop.*;
                import org.example.shop.types.*;
                import org.example.shop.Order.Line;
                import org.example.shop.Order;
                import org.example.shop.types.Status;""", imports.source());
        assertEquals(Map.of(), imports.ambiguous());
    }

    @Test
    void aSimpleNameInTwoPackagesIsLeftToTheQualifiedNames() {
        ModelImports imports = ModelImports.of(List.of("com.a.Item", "com.b.Item", "com.b.Cart"));
        assertEquals("import com.a.*;\nimport com.b.*;\nimport com.b.Cart;", imports.source());
        assertEquals(Map.of("Item", List.of("com.a.Item", "com.b.Item")), imports.ambiguous());
    }
}
