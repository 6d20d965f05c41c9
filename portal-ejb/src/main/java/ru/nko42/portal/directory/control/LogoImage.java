package ru.nko42.portal.directory.control;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import ru.nko42.portal.common.boundary.InvalidInputException;

/**
 * An uploaded logo made safe to serve: a PNG or JPEG by its content (whatever its name says), at most 2 MB and
 * 16 megapixels, decoded and drawn anew as a PNG of at most {@link #MAX_SIDE} pixels a side. Whatever else the file
 * carried (metadata, trailing bytes, a script pretending to be a picture) does not survive.
 */
public final class LogoImage {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_SIDE = 512;
    static final long MAX_PIXELS = 16_000_000L;

    private LogoImage() {}

    public static byte[] reencode(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new InvalidInputException("logo.error.empty");
        }
        if (upload.length > MAX_BYTES) {
            throw new InvalidInputException("logo.error.tooLarge");
        }
        if (!isPng(upload) && !isJpeg(upload)) {
            throw new InvalidInputException("logo.error.notImage");
        }
        BufferedImage picture = decode(upload);
        return png(scaled(picture));
    }

    static boolean isPng(byte[] bytes) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (bytes[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean isJpeg(byte[] bytes) {
        return bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF;
    }

    /** Reads the size first, so a small file that unpacks into a huge picture is refused before it is unpacked. */
    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new InvalidInputException("logo.error.notImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new InvalidInputException("logo.error.tooManyPixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refused) {
                throw refused;
            }
            throw new InvalidInputException("logo.error.notImage");
        }
    }

    private static BufferedImage scaled(BufferedImage picture) {
        int width = picture.getWidth();
        int height = picture.getHeight();
        double factor = Math.min(1.0, (double) MAX_SIDE / Math.max(width, height));
        int newWidth = Math.max(1, (int) Math.round(width * factor));
        int newHeight = Math.max(1, (int) Math.round(height * factor));
        BufferedImage drawn = new BufferedImage(newWidth, newHeight, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = drawn.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(picture, 0, 0, newWidth, newHeight, null);
        } finally {
            graphics.dispose();
        }
        return drawn;
    }

    private static byte[] png(BufferedImage picture) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(picture, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
