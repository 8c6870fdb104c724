package dev.ormshell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelImportsTest {

    private static final List<String> SHELL = List.of("java.util.*", "jakarta.persistence.*", "org.hibernate.Session");

    @Test
    void importsEachPackageAndByNameOnlyClassesThatClashOrAreNested() {
        ModelImports imports = ModelImports.of(List.of("org.example.shop.Order", "org.example.shop.types.Status",
                "org.example.shop.Order$Line", "org.example.shop.Session", "org.example.shop.Record",
                "org.example.shop.Version", "org.example.shop.Customer"), SHELL);
        assertEquals("""
                import org.example.shop.*;
                import org.example.shop.types.*;
                import org.example.shop.Order.Line;
                import org.example.shop.Record;
                import org.example.shop.Session;
                import org.example.shop.Version;""", imports.source());
        assertEquals(Map.of(), imports.ambiguous());
    }

    @Test
    void aSimpleNameInTwoPackagesIsLeftToTheQualifiedNames() {
        ModelImports imports = ModelImports.of(List.of("com.a.Item", "com.b.Item", "com.b.Cart"), SHELL);
        assertEquals("import com.a.*;\nimport com.b.*;", imports.source());
        assertEquals(List.of("Two classes are named Item: com.a.Item, com.b.Item; use their qualified names"), imports.notes());
    }
}
