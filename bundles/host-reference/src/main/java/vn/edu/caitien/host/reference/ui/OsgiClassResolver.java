package vn.edu.caitien.host.reference.ui;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.wicket.application.IClassResolver;

/**
 * Resolves classes for Wicket (page classes in URLs, page deserialization) through the host bundle, wicket-core
 * and every bundle that contributes a panel right now. Wicket's default resolver uses the thread context class
 * loader, which under Felix HTTP sees neither the host nor the modules. Nothing is cached: once a module stops,
 * its classes are no longer found, and pages that hold them expire (see {@link GuardedJavaSerializer}).
 */
public final class OsgiClassResolver implements IClassResolver {

    private static final Map<String, Class<?>> PRIMITIVES = Map.of(
            "boolean", boolean.class, "byte", byte.class, "char", char.class, "short", short.class,
            "int", int.class, "long", long.class, "float", float.class, "double", double.class,
            "void", void.class);

    private final List<ClassLoader> fixed;
    private final Supplier<Collection<ClassLoader>> dynamic;

    /**
     * @param fixed   loaders always asked first, in order (host, wicket-core)
     * @param dynamic loaders of the contributing bundles, asked on each call
     */
    public OsgiClassResolver(List<ClassLoader> fixed, Supplier<Collection<ClassLoader>> dynamic) {
        this.fixed = List.copyOf(fixed);
        this.dynamic = dynamic;
    }

    @Override
    public Class<?> resolveClass(String className) throws ClassNotFoundException {
        Class<?> primitive = PRIMITIVES.get(className);
        if (primitive != null) {
            return primitive;
        }
        for (ClassLoader loader : loaders()) {
            try {
                return Class.forName(className, false, loader);
            } catch (ClassNotFoundException | LinkageError notHere) {
                // try the next bundle
            }
        }
        throw new ClassNotFoundException(className);
    }

    @Override
    public Iterator<URL> getResources(String name) {
        Collection<URL> urls = new LinkedHashSet<>();
        for (ClassLoader loader : loaders()) {
            try {
                urls.addAll(Collections.list(loader.getResources(name)));
            } catch (IOException unreadable) {
                // a bundle that cannot list the resource simply does not contribute it
            }
        }
        return urls.iterator();
    }

    @Override
    public ClassLoader getClassLoader() {
        return new CompositeLoader(loaders());
    }

    private List<ClassLoader> loaders() {
        List<ClassLoader> loaders = new ArrayList<>(fixed);
        for (ClassLoader loader : dynamic.get()) {
            if (!loaders.contains(loader)) {
                loaders.add(loader);
            }
        }
        return loaders;
    }

    /** A loader over the same bundles, for Wicket code that asks for a ClassLoader rather than a class. */
    private static final class CompositeLoader extends ClassLoader {
        private final List<ClassLoader> loaders;

        CompositeLoader(List<ClassLoader> loaders) {
            super(null);
            this.loaders = loaders;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            for (ClassLoader loader : loaders) {
                try {
                    return Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError notHere) {
                    // try the next bundle
                }
            }
            throw new ClassNotFoundException(name);
        }

        @Override
        protected URL findResource(String name) {
            for (ClassLoader loader : loaders) {
                URL url = loader.getResource(name);
                if (url != null) {
                    return url;
                }
            }
            return null;
        }

        @Override
        protected java.util.Enumeration<URL> findResources(String name) throws IOException {
            Collection<URL> urls = new LinkedHashSet<>();
            for (ClassLoader loader : loaders) {
                urls.addAll(Collections.list(loader.getResources(name)));
            }
            return Collections.enumeration(urls);
        }
    }
}
