package cn.fazhi.assess.export;

import org.apache.poi.common.usermodel.HyperlinkType;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a workbook cell links to: a web page (http, https) or a file beside the workbook (a relative path, as
 * `rank` gives each unit's 整改台账), with the text the cell shows.
 *
 * @param address a valid URI, as the workbook's relationship needs: a file name's spaces and '#' are escaped, its
 *                Chinese is kept as it is (Excel and WPS read it so)
 */
record LinkTarget(HyperlinkType type, String address, String label) {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** The link a cell value stands for, or null when it is none: blank, a path on a server, a drive path. */
    static LinkTarget of(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return valid(value) ? new LinkTarget(HyperlinkType.URL, value, value) : null;
        }
        if (value.startsWith("/") || value.startsWith("\\") || SCHEME.matcher(value).find()) {
            return null;
        }
        String path = value.replace('\\', '/');
        try {
            String address = new URI(null, null, path, null).getRawPath();
            return new LinkTarget(HyperlinkType.FILE, address, path.substring(path.lastIndexOf('/') + 1));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean valid(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
