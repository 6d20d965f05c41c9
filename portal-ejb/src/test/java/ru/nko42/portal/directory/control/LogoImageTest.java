package ru.nko42.portal.directory.control;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.common.boundary.InvalidInputException;

class LogoImageTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final String SCRIPT = "<script>alert(document.cookie)</script>";

    @Test
    void aSmallPngComesOutAsAPngOfTheSameSizeAndColours() {
        byte[] logo = LogoImage.reencode(encode(picture(200, 100, Color.RED), "png"));

        BufferedImage stored = decode(logo);
        assertThat(logo).startsWith(PNG_SIGNATURE);
        assertThat(stored.getWidth()).isEqualTo(200);
        assertThat(stored.getHeight()).isEqualTo(100);
        assertThat(new Color(stored.getRGB(100, 50), true)).isEqualTo(Color.RED);
    }

    @Test
    void transparencyIsKept() {
        BufferedImage picture = new BufferedImage(40, 40, BufferedImage.TYPE_INT_ARGB);
        picture.setRGB(0, 0, Color.BLUE.getRGB());

        BufferedImage stored = decode(LogoImage.reencode(encode(picture, "png")));

        assertThat(new Color(stored.getRGB(0, 0), true)).isEqualTo(Color.BLUE);
        assertThat(new Color(stored.getRGB(20, 20), true).getAlpha()).isZero();
    }

    @Test
    void aJpegBecomesAPng() {
        byte[] jpeg = encode(picture(300, 200, Color.GREEN), "jpg");
        assertThat(jpeg).startsWith(0xFF, 0xD8, 0xFF);

        byte[] logo = LogoImage.reencode(jpeg);

        BufferedImage stored = decode(logo);
        assertThat(logo).startsWith(PNG_SIGNATURE);
        assertThat(stored.getWidth()).isEqualTo(300);
        assertThat(stored.getHeight()).isEqualTo(200);
        Color centre = new Color(stored.getRGB(150, 100));
        assertThat(centre.getGreen()).isGreaterThan(200);
        assertThat(centre.getRed()).isLessThan(50);
    }

    @Test
    void aWidePictureIsScaledToAtMost512PixelsKeepingItsProportions() {
        BufferedImage stored = decode(LogoImage.reencode(encode(picture(3000, 1000, Color.ORANGE), "png")));

        assertThat(stored.getWidth()).isEqualTo(LogoImage.MAX_SIDE).isEqualTo(512);
        assertThat(stored.getHeight()).isEqualTo(171);
    }

    @Test
    void aTallJpegIsScaledByItsHeight() {
        BufferedImage stored = decode(LogoImage.reencode(encode(picture(300, 1200, Color.WHITE), "jpg")));

        assertThat(stored.getWidth()).isEqualTo(128);
        assertThat(stored.getHeight()).isEqualTo(512);
    }

    @Test
    void aThinStripKeepsAtLeastOnePixel() {
        BufferedImage stored = decode(LogoImage.reencode(encode(picture(2000, 1, Color.BLACK), "png")));

        assertThat(stored.getWidth()).isEqualTo(512);
        assertThat(stored.getHeight()).isEqualTo(1);
    }

    @Test
    void aScriptAppendedToAPngDoesNotSurvive() {
        byte[] png = encode(picture(64, 64, Color.CYAN), "png");
        byte[] withScript = concat(png, SCRIPT.getBytes(US_ASCII));

        byte[] logo = LogoImage.reencode(withScript);

        assertThat(new String(logo, US_ASCII)).doesNotContain("script");
        assertThat(decode(logo).getWidth()).isEqualTo(64);
    }

    @Test
    void textChunksInsideAPngDoNotSurvive() {
        byte[] png = encode(picture(64, 64, Color.CYAN), "png");
        byte[] comment = chunk("tEXt", ("Comment\0" + SCRIPT).getBytes(US_ASCII));
        byte[] afterHeader = Arrays.copyOfRange(png, 0, 33);
        byte[] withComment = concat(concat(afterHeader, comment), Arrays.copyOfRange(png, 33, png.length));
        assertThat(new String(withComment, US_ASCII)).contains(SCRIPT);
        assertThat(decode(withComment).getWidth()).as("a readable picture").isEqualTo(64);

        byte[] logo = LogoImage.reencode(withComment);

        assertThat(new String(logo, US_ASCII)).doesNotContain("script").doesNotContain("tEXt");
    }

    @Test
    void aGifIsRefusedByItsContent() {
        byte[] gif = encode(picture(10, 10, Color.RED), "gif");
        assertThat(new String(gif, 0, 6, US_ASCII)).isEqualTo("GIF89a");

        assertRefused(gif, "logo.error.notImage");
    }

    @Test
    void aScriptOrASvgIsRefused() {
        assertRefused(("<html>" + SCRIPT + "</html>").getBytes(US_ASCII), "logo.error.notImage");
        assertRefused(
                ("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>").getBytes(US_ASCII),
                "logo.error.notImage");
    }

    @Test
    void aTruncatedPngIsRefused() {
        byte[] png = encode(noise(128, 128), "png");

        assertRefused(Arrays.copyOf(png, png.length / 2), "logo.error.notImage");
        assertRefused(Arrays.copyOf(png, 20), "logo.error.notImage");
        assertRefused(PNG_SIGNATURE, "logo.error.notImage");
    }

    @Test
    void aPngWithCorruptDataIsRefused() {
        byte[] png = encode(noise(128, 128), "png");
        for (int i = 60; i < png.length - 20; i++) {
            png[i] = (byte) 0xAB;
        }

        assertRefused(png, "logo.error.notImage");
    }

    @Test
    void aHeaderClaimingAHugePictureIsRefusedBeforeDecoding() {
        byte[] bomb = withSize(encode(picture(1, 1, Color.RED), "png"), 10_000, 10_000);
        assertThat(bomb).hasSizeLessThan(200);

        assertRefused(bomb, "logo.error.tooManyPixels");
    }

    @Test
    void oneLongLineOfPixelsOverTheLimitIsABombToo() {
        byte[] line = withSize(encode(picture(1, 1, Color.RED), "png"), (int) LogoImage.MAX_PIXELS + 1, 1);

        assertRefused(line, "logo.error.tooManyPixels");
    }

    @Test
    void nothingUploadedIsRefused() {
        assertRefused(null, "logo.error.empty");
        assertRefused(new byte[0], "logo.error.empty");
    }

    @Test
    void moreThanTwoMegabytesIsRefusedAndTwoAreAccepted() {
        byte[] png = encode(picture(32, 32, Color.MAGENTA), "png");
        byte[] twoMegabytes = Arrays.copyOf(png, LogoImage.MAX_BYTES);
        byte[] more = Arrays.copyOf(png, LogoImage.MAX_BYTES + 1);

        assertThat(decode(LogoImage.reencode(twoMegabytes)).getWidth()).isEqualTo(32);
        assertRefused(more, "logo.error.tooLarge");
    }

    private static void assertRefused(byte[] upload, String key) {
        assertThatThrownBy(() -> LogoImage.reencode(upload))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static BufferedImage picture(int width, int height, Color colour) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = picture.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        return picture;
    }

    private static BufferedImage noise(int width, int height) {
        Random random = new Random(42);
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, random.nextInt());
            }
        }
        return picture;
    }

    private static byte[] encode(BufferedImage picture, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(ImageIO.write(picture, format, out))
                    .as("a writer for " + format)
                    .isTrue();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(picture).as("a readable picture").isNotNull();
            return picture;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PNG with another width and height in its header (IHDR, the first chunk), its checksum made right. */
    private static byte[] withSize(byte[] png, int width, int height) {
        byte[] changed = png.clone();
        assertThat(new String(changed, 12, 4, US_ASCII)).isEqualTo("IHDR");
        ByteBuffer header = ByteBuffer.wrap(changed);
        header.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(changed, 12, 17);
        header.putInt(29, (int) crc.getValue());
        return changed;
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
