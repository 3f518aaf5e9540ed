package io.accountcontracts.contract.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A consumer's test needs nothing but this package, the generated clients and the JDK: no type of the server's
 * own packages and none of Jackson's, outside what is deprecated or named here as the way past the API.
 */
class PublicApiTest {

    static final List<Class<?>> PUBLIC_TYPES = List.of(
            VendorStub.class,
            VendorStubTest.class,
            VendorStubExtension.class,
            VendorStubExtension.Builder.class,
            StubToken.class,
            NextResponse.class,
            Verification.class,
            RecordedRequest.class,
            StoredRecord.class,
            Operation.class,
            Vendor.class,
            Fault.class,
            Delay.class);

    // The ways past the consumer's API, on purpose: the server itself, and starting one outside JUnit.
    static final Set<String> WAYS_PAST = Set.of("VendorStub.server", "VendorStub.start");

    @Test
    void publicMethodsUseNoTypeOfTheServerOrOfJackson() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : PUBLIC_TYPES) {
            for (Method method : type.getDeclaredMethods()) {
                String name = type.getCanonicalName().replace(type.getPackageName() + ".", "") + "." + method.getName();
                if (!Modifier.isPublic(method.getModifiers())
                        || method.isSynthetic()
                        || method.isAnnotationPresent(Deprecated.class)
                        || WAYS_PAST.contains(name)) {
                    continue;
                }
                Stream.concat(Stream.of(method.getGenericReturnType()), Stream.of(method.getGenericParameterTypes()))
                        .filter(PublicApiTest::leaks)
                        .forEach(t -> leaks.add(name + " uses " + t.getTypeName()));
            }
        }
        assertEquals(List.of(), leaks);
    }

    private static boolean leaks(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return leaks(parameterized.getRawType())
                    || Stream.of(parameterized.getActualTypeArguments()).anyMatch(PublicApiTest::leaks);
        }
        String name = type.getTypeName();
        return name.startsWith("io.accountcontracts.stub.") || name.startsWith("com.fasterxml.");
    }
}
