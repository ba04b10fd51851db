package dev.stepwise.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Where sqlite-jdbc finds its native library. Left alone, the driver writes the library out of its jar into the
 * system's temp folder at every start (1 MB), reads it back to compare, and scans the folder for stale copies: about
 * a tenth of a second of every start, on the path to the first window. Here one copy is kept in Stepwise's cache
 * folder and the driver is pointed at it ({@code org.sqlite.lib.path}, {@code org.sqlite.lib.name}); it is made
 * again when missing or of another size, and if anything fails the driver does what it always does.
 */
public final class SqliteLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    /** The folder the driver cleans of stale copies: ours, not the whole temp folder. */
    static final String TEMP_PROPERTY = "org.sqlite.tmpdir";

    private SqliteLibrary() {
    }

    /**
     * Points the driver at the copy in {@code folder}, making it first when needed. Call before the first connection;
     * does nothing when a library was chosen on the command line. Returns whether the driver will use the copy.
     */
    public static boolean useCopyIn(Path folder) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return false;
        }
        try {
            Path copy = ensureCopy(folder);
            System.setProperty(PATH_PROPERTY, copy.getParent().toString());
            System.setProperty(NAME_PROPERTY, copy.getFileName().toString());
            System.setProperty(TEMP_PROPERTY, copy.getParent().toString());
            return true;
        } catch (IOException | RuntimeException e) {
            // A cache folder that cannot be written (or a driver without a library for this system): the usual way.
            return false;
        }
    }

    /**
     * The copy of this driver version's library for this system in {@code folder}, written (to a part file, then
     * moved in place, so a second Stepwise starting at the same moment never loads half a file) unless one of the
     * library's size is there already.
     *
     * @throws IOException when it cannot be written, or the driver has no library for this system
     */
    static Path ensureCopy(Path folder) throws IOException {
        String name = LibraryLoaderUtil.getNativeLibName();
        URL library = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
        if (library == null) {
            throw new IOException("sqlite-jdbc has no native library for this system");
        }
        Path directory = folder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion());
        Path copy = directory.resolve(name);
        long size = library.openConnection().getContentLengthLong();
        if (Files.isRegularFile(copy) && Files.size(copy) == size) {
            return copy;
        }
        Files.createDirectories(directory);
        Path part = Files.createTempFile(directory, "part-", ".tmp");
        try (InputStream in = library.openStream()) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
        return copy;
    }
}
