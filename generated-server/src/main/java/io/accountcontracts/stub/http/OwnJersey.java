package io.accountcontracts.stub.http;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.inject.hk2.Hk2InjectionManagerFactory;
import org.glassfish.jersey.internal.ServiceFinder;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The context class loader the stub's Jersey is built and runs under: the caller's, except that of Jersey's own
 * service files ({@code META-INF/services/org.glassfish.jersey.*}) it shows only those of the Jersey jars the stub
 * is built on. Jersey reads some of its extensions from there whatever an application's properties say: component
 * providers, forced auto-discoverables, the injection manager. A consumer's classpath brings such extensions for
 * its own Jersey application (spring-boot-starter-jersey brings jersey-spring6, whose component provider starts a
 * Spring context from applicationContext.xml, and jersey-bean-validation), and Jersey would add them to the stub's
 * too: no property turns them off for one application (docs/builds.md). The other service files, Jackson's,
 * SLF4J's and the JDK's among them, are the caller's as before.
 */
public final class OwnJersey extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private static final String JERSEY_SERVICES = "META-INF/services/org.glassfish.jersey.";

    // The places (a jar, a directory) of the Jersey the stub runs on, each named by one of its classes:
    // jersey-common, jersey-server, jersey-hk2 and the Grizzly container.
    private static final Set<String> OWN_PLACES = Stream.of(
                    ServiceFinder.class,
                    ResourceConfig.class,
                    Hk2InjectionManagerFactory.class,
                    GrizzlyHttpContainer.class)
            .map(OwnJersey::placeOf)
            .collect(Collectors.toUnmodifiableSet());

    // A service file that names no service: what Jersey reads where it would have found only others' files.
    private static final URL NONE = OwnJersey.class.getResource("no-jersey-services");

    private OwnJersey(ClassLoader parent) {
        super("account-contracts stub's Jersey", parent);
    }

    /** A view of {@code parent} (the caller's context class loader, or else the stub's) for the stub's Jersey. */
    public static OwnJersey over(ClassLoader parent) {
        if (parent instanceof OwnJersey own) {
            return own;
        }
        return new OwnJersey(parent != null ? parent : OwnJersey.class.getClassLoader());
    }

    /** Runs {@code step} (building a Jersey application) with this as the thread's context class loader. */
    public <T> T run(Supplier<T> step) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(this);
        try {
            return step.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        Enumeration<URL> found = super.getResources(name);
        if (!name.startsWith(JERSEY_SERVICES)) {
            return found;
        }
        List<URL> own = new ArrayList<>();
        for (URL url : Collections.list(found)) {
            if (OWN_PLACES.contains(placeOf(url, name))) {
                own.add(url);
            }
        }
        if (own.isEmpty()) {
            // Given none, Jersey's ServiceFinder asks its own class loader, which sees them all.
            own.add(NONE);
        }
        return Collections.enumeration(own);
    }

    @Override
    public URL getResource(String name) {
        if (!name.startsWith(JERSEY_SERVICES)) {
            return super.getResource(name);
        }
        try {
            Enumeration<URL> own = getResources(name);
            return own.hasMoreElements() ? own.nextElement() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String placeOf(Class<?> type) {
        String name = type.getName().replace('.', '/') + ".class";
        URL url = type.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("cannot tell where Jersey's " + type.getSimpleName() + " comes from");
        }
        return placeOf(url, name);
    }

    // A resource's URL less its name: the jar (nested ones too) or directory it is in.
    private static String placeOf(URL url, String name) {
        String text = url.toString();
        return text.endsWith(name) ? text.substring(0, text.length() - name.length()) : text;
    }
}
