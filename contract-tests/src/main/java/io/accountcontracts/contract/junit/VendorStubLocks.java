package io.accountcontracts.contract.junit;

import java.util.Set;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;

/**
 * The lock JUnit takes for a test class whose tests share one stub: {@link VendorStubTest} declares it.
 * With parallel execution on, JUnit then runs the class, its methods and its nested classes one at a
 * time (other classes, with stubs of their own, still run beside it), so no test's reset or requests
 * land in another test's journal. A class with the extension in a static {@code @RegisterExtension}
 * field can declare it too: {@code @ResourceLock(providers = VendorStubLocks.class)}.
 */
public final class VendorStubLocks implements ResourceLocksProvider {

    /** The lock every {@link VendorStubTest} class holds to read: shared, so it holds no class back. */
    public static final String SHARED = "io.accountcontracts.VendorStub";

    @Override
    public Set<Lock> provideForClass(Class<?> testClass) {
        // One key per top-level class, as each has a stub of its own.
        return Set.of(new Lock(VendorStubLocks.class.getName() + ":" + testClass.getName()));
    }
}
