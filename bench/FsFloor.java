import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The file system's share of a build: creates N folders holding one file of B bytes each, on all cores,
 * the way the generator writes pages (one folder per page, one write per file), and nothing else.
 * Usage: java bench/FsFloor.java OUT N B
 */
public class FsFloor {
    public static void main(String[] args) throws IOException {
        Path root = Files.createDirectories(Path.of(args[0]));
        int pages = Integer.parseInt(args[1]);
        byte[] page = new byte[Integer.parseInt(args[2])];
        Arrays.fill(page, (byte) 'x');
        long start = System.nanoTime();
        IntStream.range(0, pages).parallel().forEach(i -> {
            try {
                Path folder = Files.createDirectory(root.resolve("page-" + i));
                try (FileChannel out = FileChannel.open(folder.resolve("index.html"), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    out.write(ByteBuffer.wrap(page));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        System.out.printf("%d folders with one %d-byte file each in %.2f s%n", pages, page.length, (System.nanoTime() - start) / 1e9);
    }
}
