package dev.stepwise.store;

import dev.stepwise.domain.Phrase;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one connection to the learner's SQLite file. Opened with the settings that make an acknowledged change
 * survive a crash or power cut (WAL, {@code synchronous=FULL}), foreign keys on, and the schema migrated.
 *
 * <p>Not thread-safe by design: the application uses it from a single "store" thread, so there is one writer and
 * no pool. Every unit of work goes through {@link #inTransaction}.
 */
public final class Database implements AutoCloseable {
    static final int BUSY_TIMEOUT_MILLIS = 3_000;
    /**
     * Pages of new files. Path content is rows of long text under composite text keys; on 8 KiB pages installing a path
     * of 10,000 items spent ~20 % less time in SQLite than on the default 4 KiB. A file's page size is fixed once its
     * first table exists, so older files keep theirs.
     */
    static final int PAGE_SIZE = 8192;

    private final Path file;
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= 64) {
                return false;
            }
            try {
                eldest.getValue().close();
            } catch (SQLException ignored) {
                // Only a cache entry: the statement is prepared again if it is needed.
            }
            return true;
        }
    };
    private boolean inTransaction;
    /** Told of each outermost transaction's start and of its end before it commits (the undo log's steps). */
    private TransactionObserver observer = TransactionObserver.NONE;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens (creating if needed) and migrates the database.
     *
     * @throws DatabaseUnavailableException naming the file and the reason when it cannot be used
     */
    public static Database open(Path file) {
        return open(file, Migrations.FOLDER, Migrations.SCRIPTS);
    }

    /** Opens with the given migration scripts instead of the shipped ones; for tests of the migration mechanism. */
    static Database open(Path file, String migrationFolder, List<String> migrations) {
        Path absolute = file.toAbsolutePath();
        DataFiles.prepare(absolute);
        // Whose file it is, from its header or a read-only look: a foreign file is refused before SQLite may write.
        Ownership.Kind kind = Ownership.inspect(absolute, migrationFolder, migrations);
        Connection connection = null;
        try {
            if (kind == Ownership.Kind.NEW) {
                // Created by us, owner-only; SQLite then gives -wal and -shm the same permissions.
                OwnerOnly.createFile(absolute);
            }
            connection = ConnectionSettings.forWork().createConnection(ConnectionSettings.url(absolute));
            Database database = new Database(absolute, connection);
            if (kind == Ownership.Kind.NEW) {
                // Marked before the switch to WAL, so the mark is in the file itself from its first page on.
                database.execute("PRAGMA page_size = " + PAGE_SIZE);
                database.execute("PRAGMA application_id = " + Ownership.APPLICATION_ID);
            }
            // Refuse a file we cannot understand before anything writes to it: even switching the journal mode
            // rewrites the file's header.
            Migrations.checkSupported(database, migrations.size());
            if (kind != Ownership.Kind.NEW) {
                SchemaCheck.verify(database, migrationFolder, migrations);
            }
            database.execute("PRAGMA journal_mode = WAL");
            restrictCompanions(absolute);
            Migrations.apply(database, migrationFolder, migrations, kind == Ownership.Kind.UNMARKED);
            return database;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new DatabaseUnavailableException(absolute, SqliteErrors.reason(e), e);
        } catch (IOException e) {
            closeQuietly(connection);
            throw new DatabaseUnavailableException(absolute, Phrase.of("store.reason.notCreated", String.valueOf(e.getMessage())), e);
        } catch (DatabaseUnavailableException e) {
            closeQuietly(connection);
            throw e;
        } catch (StoreException e) {
            // A schema upgrade that failed (locked, disk full, damaged file) is still "cannot open this file".
            closeQuietly(connection);
            throw new DatabaseUnavailableException(absolute, e.getCause() instanceof SQLException sql ? SqliteErrors.reason(sql)
                    : Phrase.of("store.reason.driver", e.getMessage()), e);
        }
    }

    /** SQLite creates -wal and -shm with the database's own permissions; narrowed again in case the file was wider. */
    private static void restrictCompanions(Path file) throws IOException {
        for (String suffix : List.of("-wal", "-shm")) {
            OwnerOnly.restrict(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    void observe(TransactionObserver observer) {
        this.observer = observer;
    }

    /** Who is told of transactions: the undo log once it has started, else nobody. */
    TransactionObserver observer() {
        return observer;
    }

    /** Whether the calling work runs inside {@link #inTransaction}. */
    boolean isInTransaction() {
        return inTransaction;
    }

    public Path file() {
        return file;
    }

    /**
     * The statement for this SQL, prepared on first use and kept for the next (a tick runs the same few statements
     * every time; preparing them anew cost a third of its time). The most recently used 64 are kept. Only on the
     * thread that owns this database; callers clear nothing themselves but close the result sets they open.
     */
    PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null || statement.isClosed()) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        } else {
            statement.clearParameters();
        }
        return statement;
    }

    /** Drops a cached statement after it failed, so a broken one is never used again. */
    void discard(String sql) {
        PreparedStatement statement = statements.remove(sql);
        if (statement != null) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // It is being dropped because it failed; the failure that matters is already on its way up.
            }
        }
    }

    /** The connection, for repositories; only valid on the thread that owns this database. */
    Connection connection() {
        return connection;
    }

    /**
     * Runs the work as one transaction: all of it is committed, or on any failure none of it. The write lock is taken
     * up front ({@code BEGIN IMMEDIATE}), so a locked file fails before anything is done. Work that is already
     * inside a transaction joins it.
     *
     * <p>Transactions are issued as plain statements with the driver in auto-commit mode, so a BEGIN that fails
     * (the file is locked) can never leave the connection believing it is inside a transaction.
     */
    public <T> T inTransaction(Supplier<T> work) {
        return transaction(true, work);
    }

    /**
     * Runs work that only reads, as one consistent snapshot: a deferred {@code BEGIN}, which in a WAL file reads on
     * while another program holds the write lock (a path still opens; only saving waits for that program). Work that is
     * already inside a transaction joins it; a write attempted inside fails ({@code query_only}) rather than take the
     * lock half way.
     */
    public <T> T reading(Supplier<T> work) {
        return transaction(false, work);
    }

    private <T> T transaction(boolean writes, Supplier<T> work) {
        if (inTransaction) {
            return work.get();
        }
        executeCached(writes ? "BEGIN IMMEDIATE" : "BEGIN");
        inTransaction = true;
        try {
            if (writes) {
                observer.began();
            } else {
                executeCached("PRAGMA query_only = ON");
            }
            T result = work.get();
            if (writes) {
                observer.committing();
            }
            executeCached("COMMIT");
            return result;
        } catch (RuntimeException | Error e) {
            rollbackAfter(e);
            throw e;
        } finally {
            inTransaction = false;
            if (!writes) {
                executeCached("PRAGMA query_only = OFF");
            }
        }
    }

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    private void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw SqliteErrors.failure("Could not save to", file, e);
        }
    }

    /** A statement every transaction runs: prepared once and kept, as every other statement is. */
    private void executeCached(String sql) {
        try {
            prepared(sql).execute();
        } catch (SQLException e) {
            discard(sql);
            throw SqliteErrors.failure("Could not save to", file, e);
        }
    }

    private void rollbackAfter(Throwable failure) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            // SQLite may already have rolled back by itself (e.g. after SQLITE_FULL); the first failure is the story.
            failure.addSuppressed(e);
        }
    }

    int userVersion() throws SQLException {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    String pragma(String name) {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("PRAGMA " + name)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new StoreException("Could not read PRAGMA " + name, e);
        }
    }

    @Override
    public void close() {
        try {
            // Closing the connection closes its statements too; the cache only has to forget them.
            statements.clear();
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Could not close " + file + ": " + SqliteErrors.describe(e), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Already failing with a better reason; the close error would only hide it.
            }
        }
    }
}
