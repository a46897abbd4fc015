package org.coopole.api;

/** The code a pole pastes into its website to show its public catalogue. */
public final class Embed {

    private Embed() {
    }

    /**
     * An {@code <iframe>} of the catalogue's page (French, without its title), and the few lines that give the frame
     * its content's height whenever the page says it changed.
     */
    public static String code(String page) {
        return "<iframe id=\"coopole-catalogue\" src=\"" + page + "?lang=fr&header=0\"\n"
                + "        style=\"width:100%;border:0\" height=\"600\" title=\"Catalogue\"></iframe>\n"
                + "<script>\n"
                + "  window.addEventListener('message', function (e) {\n"
                + "    if (e.data && e.data.coopole === 'catalogue-height') {\n"
                + "      document.getElementById('coopole-catalogue').height = e.data.height;\n"
                + "    }\n"
                + "  });\n"
                + "</script>";
    }
}
