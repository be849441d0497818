package org.prolotrack.consent.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;

import javax.imageio.ImageIO;

/**
 * Checks a drawn signature: a PNG data URL of reasonable size with some ink on it (a blank canvas is not a
 * signature).
 */
final class SignatureImage {

    static final String PREFIX = "data:image/png;base64,";
    static final int MAX_BYTES = 300 * 1024;
    static final int MIN_INKED_PIXELS = 30;

    private SignatureImage() {
    }

    /** @return what is wrong with it, or empty when it is a usable signature */
    static Optional<String> problem(String dataUrl) {
        if (dataUrl == null || !dataUrl.startsWith(PREFIX)) {
            return Optional.of("Draw your signature in the box.");
        }
        byte[] png;
        try {
            png = Base64.getDecoder().decode(dataUrl.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Optional.of("The signature could not be read; please draw it again.");
        }
        if (png.length > MAX_BYTES) {
            return Optional.of("The signature image is too large.");
        }
        try {
            var image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                return Optional.of("The signature could not be read; please draw it again.");
            }
            int inked = 0;
            for (int y = 0; y < image.getHeight() && inked < MIN_INKED_PIXELS; y++) {
                for (int x = 0; x < image.getWidth() && inked < MIN_INKED_PIXELS; x++) {
                    int argb = image.getRGB(x, y);
                    int alpha = argb >>> 24;
                    int brightness = ((argb >> 16) & 0xff) + ((argb >> 8) & 0xff) + (argb & 0xff);
                    if (alpha > 64 && brightness < 600) {
                        inked++;
                    }
                }
            }
            return inked < MIN_INKED_PIXELS ? Optional.of("The signature box is empty; please sign in it.") : Optional.empty();
        } catch (IOException e) {
            return Optional.of("The signature could not be read; please draw it again.");
        }
    }
}
