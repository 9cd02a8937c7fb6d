package cn.fazhi.assess.web;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the workbench keeps everything: an H2 file under the data folder, or a PostgreSQL server an
 * office shares. The schema is brought up to date by Flyway at start.
 */
public final class Database implements AutoCloseable {
    private final DataSource dataSource;
    private final Runnable closer;

    private Database(DataSource dataSource, Runnable closer) {
        this.dataSource = dataSource;
        this.closer = closer;
    }

    /** An H2 database file {@code fazhi.mv.db} in {@code dataDir}, created when missing. */
    public static Database h2(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        // WRITE_DELAY=0: a report whose upload was answered is on disk even if the server is killed right after
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("fazhi") + ";WRITE_DELAY=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "fazhi", "");
        pool.setMaxConnections(16);
        return migrated(new Database(pool, pool::dispose));
    }

    /** A database named by a JDBC URL: jdbc:postgresql://… or jdbc:h2:…. */
    public static Database url(String jdbcUrl, String user, String password) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(jdbcUrl);
            if (user != null) {
                pg.setUser(user);
            }
            if (password != null) {
                pg.setPassword(password);
            }
            return migrated(new Database(pg, () -> { }));
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl, user == null ? "" : user, password == null ? "" : password);
            return migrated(new Database(pool, pool::dispose));
        }
        throw new IllegalArgumentException("--jdbc-url: only jdbc:postgresql: and jdbc:h2: databases are supported, not " + jdbcUrl);
    }

    private static Database migrated(Database db) {
        Flyway.configure()
                .dataSource(db.dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return db;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        closer.run();
    }
}
