package com.partnerqbr.portal.it;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A person with a browser, over plain HTTP: keeps cookies, follows redirects, fills in
 * and posts the forms the pages show (Keycloak's login form, the portal's sign-out).
 */
final class Browser {

    static final String BASE = System.getProperty("portal.it.base.url");
    static final String KEYCLOAK = System.getProperty("portal.it.keycloak.url");

    private final HttpClient client;

    Browser() {
        this(HttpClient.Redirect.NORMAL);
    }

    Browser(HttpClient.Redirect redirects) {
        // HTTP/1.1 as browsers speak it over plain http (they never upgrade to h2c, which Java's
        // client does by default and Payara accepts: its h2c connections then closed under requests
        // in flight when the server closed an idle one or answered an upload early).
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new LoopbackIsSecureCookies())
                .followRedirects(redirects)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Opens the portal and signs in at Keycloak's login form; returns the page the user lands on. */
    static Page signIn(String user, String password) throws IOException, InterruptedException {
        Browser browser = new Browser();
        Page login = browser.get(BASE + "/");
        return login.submit("kc-form-login", Map.of("username", user, "password", password));
    }

    Page get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build();
        return new Page(this, client.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    Page post(String url, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return new Page(this, client.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** Posts a form with a file input as a browser does: multipart/form-data, the file as one part. */
    Page postMultipart(String url, Map<String, String> fields, String fileField, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "----portal-it-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return new Page(this, client.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** Holds a cookie for 127.0.0.1 (every port, path /) as if a server there had set it. */
    void setCookie(String name, String value) throws IOException {
        client.cookieHandler().orElseThrow().put(URI.create("http://127.0.0.1/"),
                Map.of("Set-Cookie", List.of(name + "=" + value + "; Path=/")));
    }

    /** The value of the cookie of that name this browser holds for 127.0.0.1, or null. */
    String cookie(String name) {
        return ((LoopbackIsSecureCookies) client.cookieHandler().orElseThrow()).cookies.getCookieStore().getCookies()
                .stream().filter(c -> c.getName().equals(name)).map(java.net.HttpCookie::getValue)
                .reduce((earlier, later) -> later).orElse(null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Cookies as a browser keeps them. Browsers treat http://127.0.0.1 as a secure context
     * and send it cookies marked Secure (Keycloak marks its login cookies so);
     * java.net.CookieManager would not, so loopback requests are looked up as https.
     */
    private static final class LoopbackIsSecureCookies extends CookieHandler {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return cookies.get(asSecure(uri), requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            cookies.put(asSecure(uri), responseHeaders);
        }

        private static URI asSecure(URI uri) {
            if (!"127.0.0.1".equals(uri.getHost())) {
                return uri;
            }
            try {
                return new URI("https", uri.getUserInfo(), uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(), null);
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException(e);
            }
        }
    }

    /** A response as the browser shows it. */
    record Page(Browser browser, HttpResponse<String> response) {

        int status() {
            return response.statusCode();
        }

        String url() {
            return response.uri().toString();
        }

        Document html() {
            return Jsoup.parse(response.body(), url());
        }

        String text() {
            return html().text();
        }

        String textOf(String id) {
            Element element = html().getElementById(id);
            return element == null ? null : element.text();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        /** Posts the form with this id: its hidden and filled-in fields, plus the given ones. */
        Page submit(String formId, Map<String, String> values) throws IOException, InterruptedException {
            Element form = html().getElementById(formId);
            if (form == null) {
                throw new AssertionError("no form " + formId + " on " + url() + ": " + text());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (Element input : form.select("input[name]")) {
                if (!input.attr("type").equals("submit")) {
                    fields.put(input.attr("name"), input.val());
                }
            }
            withPageNonce(fields);
            fields.putAll(values);
            return browser.post(form.absUrl("action"), fields);
        }

        /**
         * A crafted postback: posts the given fields as the form {@code formId} would, with this
         * page's view state, to this page's own address, whether or not the page shows that form.
         */
        Page postback(String formId, Map<String, String> values) throws IOException, InterruptedException {
            Element state = html().selectFirst("input[name=jakarta.faces.ViewState]");
            if (state == null) {
                throw new AssertionError("no view state on " + url() + ": " + text());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(formId, formId);
            fields.put(state.attr("name"), state.val());
            Element nonce = state.closest("form").selectFirst("input[name=primefaces.nonce]");
            if (nonce != null) {
                fields.put(nonce.attr("name"), nonce.val());
            }
            fields.putAll(values);
            return browser.post(state.closest("form").absUrl("action"), fields);
        }

        /**
         * The page's script nonce, which PrimeFaces' script adds to every form it submits
         * ({@code primefaces.CSP}); the portal refuses a postback without it.
         */
        private void withPageNonce(Map<String, String> fields) {
            Element script = html().selectFirst("script[nonce]");
            if (script != null) {
                fields.put("primefaces.nonce", script.attr("nonce"));
            }
        }

        /** Posts the form with this id and a file in its file input, as multipart/form-data. */
        Page submitWithFile(String formId, Map<String, String> values, String fileName, byte[] content)
                throws IOException, InterruptedException {
            Element form = html().getElementById(formId);
            if (form == null) {
                throw new AssertionError("no form " + formId + " on " + url() + ": " + text());
            }
            Element fileInput = form.selectFirst("input[type=file][name]");
            if (fileInput == null) {
                throw new AssertionError("no file input in form " + formId + ": " + form.outerHtml());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (Element input : form.select("input[name]")) {
                if (!input.attr("type").equals("submit") && !input.attr("type").equals("file")) {
                    fields.put(input.attr("name"), input.val());
                }
            }
            withPageNonce(fields);
            fields.putAll(values);
            return browser.postMultipart(form.absUrl("action"), fields, fileInput.attr("name"), fileName, content);
        }
    }
}
