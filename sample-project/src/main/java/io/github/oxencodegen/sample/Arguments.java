package io.github.oxencodegen.sample;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The command line: {@code [--submit | --sync] [--base-url URL] [--download-dir DIR] [--help]}.
 *
 * @param submit            whether to send the valid video request through Oxen's queue and save the video
 * @param sync              whether to generate an image synchronously and save it
 * @param baseUrl           where Oxen is
 * @param downloadDirectory where results are saved
 * @param help              whether only the usage was asked for
 */
record Arguments(boolean submit, boolean sync, URI baseUrl, Path downloadDirectory, boolean help) {
    static final URI DEFAULT_BASE_URL = URI.create("https://hub.oxen.ai");

    static final String USAGE = """
            Usage: java -jar oxen-sample.jar [--submit | --sync] [--base-url URL] [--download-dir DIR]

            With no options: builds a WAN 2.7 reference-to-video request with the generated
            classes, validates it and prints the JSON body it would send, then shows the
            violations of a deliberately wrong request. Nothing is sent.

              --submit            also send the valid request through Oxen's queue with the
                                  generated client (events first, polling as fallback), wait for
                                  the video and save it (needs OXEN_API_KEY; costs credits)
              --sync              instead generate one FLUX.2 [dev] image synchronously and save it
                                  (needs OXEN_API_KEY; costs credits)
              --base-url URL      where Oxen is (default https://hub.oxen.ai)
              --download-dir DIR  where results are saved (default: the current folder)
              -h, --help          print this text

            Exit status: 0 done, 1 a request or generation failed, 2 wrong usage.
            """;

    Arguments {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(downloadDirectory, "downloadDirectory");
    }

    /** The arguments in {@code args}; a {@link UsageException} says what is wrong with them. */
    static Arguments parse(List<String> args) throws UsageException {
        boolean submit = false;
        boolean sync = false;
        boolean help = false;
        URI baseUrl = DEFAULT_BASE_URL;
        Path downloads = Path.of("");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--submit")) {
                submit = true;
            } else if (arg.equals("--sync")) {
                sync = true;
            } else if (arg.equals("-h") || arg.equals("--help")) {
                help = true;
            } else if (arg.equals("--base-url")) {
                if (i + 1 == args.size()) {
                    throw new UsageException("--base-url needs a URL, such as --base-url https://hub.oxen.ai");
                }
                baseUrl = baseUrl(args.get(++i));
            } else if (arg.startsWith("--base-url=")) {
                baseUrl = baseUrl(arg.substring("--base-url=".length()));
            } else if (arg.equals("--download-dir")) {
                if (i + 1 == args.size()) {
                    throw new UsageException("--download-dir needs a folder, such as --download-dir videos");
                }
                downloads = Path.of(args.get(++i));
            } else {
                throw new UsageException("unknown argument '" + arg + "'");
            }
        }
        if (submit && sync) {
            throw new UsageException("--submit and --sync are two different calls: give one of them");
        }
        return new Arguments(submit, sync, baseUrl, downloads, help);
    }

    private static URI baseUrl(String text) throws UsageException {
        try {
            URI uri = new URI(text);
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (http && uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new UsageException("--base-url must be an http(s) address such as https://hub.oxen.ai, not '" + text + "'");
    }
}
