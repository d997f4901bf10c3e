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
 * the way the generator writes pages (one folder per page, one write per file), and nothing else. With
 * {@code files}, writes the N files side by side in one folder instead ({@code page-<i>.html}); with
 * {@code shards}, 1,000 files to a folder ({@code s<i/1000>/page-<i>.html}).
 * Usage: java bench/FsFloor.java OUT N B [folders|files|shards]
 */
public class FsFloor {
    public static void main(String[] args) throws IOException {
        Path root = Files.createDirectories(Path.of(args[0]));
        int pages = Integer.parseInt(args[1]);
        byte[] page = new byte[Integer.parseInt(args[2])];
        Arrays.fill(page, (byte) 'x');
        String mode = args.length > 3 ? args[3] : "folders";
        boolean files = mode.equals("files");
        boolean shards = mode.equals("shards");
        if (shards) {
            for (int s = 0; s <= pages / 1000; s++) {
                Files.createDirectory(root.resolve("s" + s));
            }
        }
        long start = System.nanoTime();
        IntStream.range(0, pages).parallel().forEach(i -> {
            try {
                Path file = files ? root.resolve("page-" + i + ".html")
                        : shards ? root.resolve("s" + (i / 1000)).resolve("page-" + i + ".html")
                        : Files.createDirectory(root.resolve("page-" + i)).resolve("index.html");
                try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    out.write(ByteBuffer.wrap(page));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String layout = files ? "files of %d bytes in one folder" : shards ? "files of %d bytes, 1,000 to a folder"
                : "folders with one %d-byte file each";
        System.out.printf("%d " + layout + " in %.2f s%n", pages, page.length, (System.nanoTime() - start) / 1e9);
    }
}
