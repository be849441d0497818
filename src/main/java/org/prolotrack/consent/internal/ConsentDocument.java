package org.prolotrack.consent.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;

/**
 * The consent as a document: the template text with the patient's and the series' details filled in (every
 * value escaped), and the signed XHTML page whose SHA-256 is kept. The template markup is deliberately small:
 * a line starting with "## " is a heading, lines starting with "- " form a list, any other line a paragraph.
 */
final class ConsentDocument {

    private ConsentDocument() {
    }

    /** The filled text, as an XHTML fragment. */
    static String fill(String templateBody, Map<String, String> values) {
        var out = new StringBuilder();
        boolean inList = false;
        for (var raw : templateBody.split("\n")) {
            var line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            var text = substitute(escape(line), values);
            if (text.startsWith("- ")) {
                if (!inList) {
                    out.append("<ul>");
                    inList = true;
                }
                out.append("<li>").append(text.substring(2)).append("</li>");
                continue;
            }
            if (inList) {
                out.append("</ul>\n");
                inList = false;
            }
            if (text.startsWith("## ")) {
                out.append("<h2>").append(text.substring(3)).append("</h2>\n");
            } else {
                out.append("<p>").append(text).append("</p>\n");
            }
        }
        if (inList) {
            out.append("</ul>\n");
        }
        return out.toString();
    }

    private static String substitute(String escapedLine, Map<String, String> values) {
        var s = escapedLine;
        for (var e : values.entrySet()) {
            s = s.replace("{{" + e.getKey() + "}}", "<strong>" + escape(e.getValue()) + "</strong>");
        }
        return s;
    }

    record SignatureBlock(String signerName, String relationship, Instant signedAt, ZoneId zone, String via,
                          String witnessedBy, String signaturePng) { }

    /** The signed consent as a complete XHTML page: this exact text is hashed and rendered to the PDF. */
    static String signedPage(String title, String clinicName, int templateVersion, String filled, SignatureBlock s) {
        var when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z").withZone(s.zone()).format(s.signedAt());
        var block = "<div class=\"signature\"><h2>Signature</h2>"
                + "<p>I have read this form, my questions have been answered, and I agree to the treatment described.</p>"
                + "<p><img src=\"" + escape(s.signaturePng()) + "\" alt=\"signature\" width=\"300\" height=\"100\"/></p>"
                + "<p>Signed by <strong>" + escape(s.signerName()) + "</strong> (" + escape(s.relationship()) + ") on "
                + escape(when) + ", " + escape(s.via()) + "."
                + (s.witnessedBy() == null ? "" : " Witnessed by " + escape(s.witnessedBy()) + ".") + "</p></div>";
        return page(title, clinicName, templateVersion, filled + block, "");
    }

    /** An unsigned draft to print or read: clearly marked, not hashed. */
    static String draftPage(String title, String clinicName, int templateVersion, String filled) {
        return page(title, clinicName, templateVersion, "<p class=\"draft\">DRAFT — NOT SIGNED</p>" + filled, "");
    }

    /** The PDF carries the hash of the signed page in a footer (outside the hashed text). */
    static String withHashFooter(String signedPage, String sha256) {
        return signedPage.replace("</body>", "<p class=\"hash\">Document SHA-256: " + sha256 + "</p></body>");
    }

    private static String page(String title, String clinicName, int version, String content, String footer) {
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\"/>"
                + "<title>" + escape(title) + "</title><style>"
                + "body{font-family:sans-serif;font-size:10.5pt;line-height:1.35;color:#111}"
                + "h1{font-size:15pt;margin:0 0 4pt 0}h2{font-size:11.5pt;margin:12pt 0 3pt 0}"
                + ".muted{color:#555;font-size:9pt}.draft{color:#a00;font-weight:bold}"
                + ".signature{border-top:1px solid #999;margin-top:14pt}.hash{color:#555;font-size:8pt;word-wrap:break-word}"
                + "</style></head><body>"
                + "<h1>" + escape(title) + "</h1><p class=\"muted\">" + escape(clinicName) + " · consent form version "
                + version + "</p>\n" + content + footer + "</body></html>";
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        var out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
