package vn.edu.caitien.portal.db.api;

import java.util.List;
import java.util.Objects;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/**
 * Builds a MyBatis {@link SqlSessionFactory} for one module over the portal database, in a way that works under
 * OSGi class loading.
 *
 * <p>The configuration is built in Java (no {@code mybatis-config.xml}). Classes are handed to MyBatis as
 * {@link Class} objects, so MyBatis never has to load a bundle-private class by name through the thread context
 * class loader:
 * <ul>
 * <li>each mapper interface is registered with {@link Configuration#addMapper(Class)}, which also loads the
 * neighbouring {@code <MapperName>.xml} through the interface's own class loader;</li>
 * <li>each row or parameter class is registered as a type alias under its simple name, and mapper XML must refer
 * to it by that alias ({@code resultType="CriterionRow"}), not by its fully qualified name.</li>
 * </ul>
 * The configuration's {@code databaseId} is {@link PortalDatabase#databaseId()}, so mapper XML may hold
 * dialect variants of a statement ({@code databaseId="postgresql"}). Lazy loading is off and
 * {@code mapUnderscoreToCamelCase} is on.
 *
 * <p>A parameter that may be {@code null} must name its JDBC type ({@code #{createdBy,jdbcType=VARCHAR}}):
 * Derby rejects a null bound as MyBatis's default {@code OTHER}, and also as {@code NULL}, because it checks the
 * null's type against the column's.
 *
 * <p>Each module builds its own factory once (for example when its component activates) and opens one
 * {@code SqlSession} per service call. Thread-safe: this class holds no state.
 */
public final class MyBatisFactory {

    private MyBatisFactory() {
    }

    /**
     * Builds a session factory.
     *
     * @param db         the portal database; its data source is used for every session
     * @param mappers    mapper interfaces, registered in this order; may be empty, never {@code null}
     * @param aliasTypes classes registered as type aliases under their simple names (or their {@code @Alias});
     *                   may be empty, never {@code null}
     * @return a new session factory; transactions are plain JDBC transactions, committed by the caller
     * @throws org.apache.ibatis.builder.BuilderException when a mapper or its XML is invalid
     */
    public static SqlSessionFactory create(PortalDatabase db, List<Class<?>> mappers, List<Class<?>> aliasTypes) {
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(mappers, "mappers");
        Objects.requireNonNull(aliasTypes, "aliasTypes");

        Configuration configuration = new Configuration(
                new Environment("portal", new JdbcTransactionFactory(), db.dataSource()));
        configuration.setDatabaseId(db.databaseId());
        configuration.setLazyLoadingEnabled(false);
        configuration.setMapUnderscoreToCamelCase(true);
        // Aliases first: mapper XML parsed by addMapper refers to them.
        for (Class<?> type : aliasTypes) {
            configuration.getTypeAliasRegistry().registerAlias(type);
        }
        for (Class<?> mapper : mappers) {
            configuration.addMapper(mapper);
        }
        return new SqlSessionFactoryBuilder().build(configuration);
    }
}
