package se.samsyn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every Swedish text has an English twin, and every key the code and templates use exists. */
class I18nBundleTests {

    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path JAVA = Path.of("src/main/java");

    /** {@code #{...}} up to its first closing brace: a key, a key with arguments, or a dynamic expression. */
    static final Pattern TEMPLATE_MESSAGE = Pattern.compile("#\\{([^}]*)}");
    /** {@code #messages.msg('key')} and friends with a literal key. */
    static final Pattern TEMPLATE_MESSAGES_CALL = Pattern.compile("#messages\\.msg\\w*\\(\\s*'([^']+)'");
    static final Pattern LEADING_KEY = Pattern.compile("^[A-Za-z][\\w.-]*");
    /** {@code |geo.type.${t}|} or {@code 'role.' + ...}: the static prefix of a computed key. */
    static final Pattern DYNAMIC_PREFIX = Pattern.compile("^(?:\\|([\\w.-]*)\\$\\{|'([\\w.-]*)'\\s*\\+)");
    static final Pattern SUBCLASS = Pattern.compile("class\\s+(\\w+)\\s+extends\\s+(\\w+)");

    @Test
    void everyBundleHasAnEnglishTwinWithExactlyTheSameKeys() throws IOException {
        List<Path> swedish = bundleFiles().filter(p -> !p.getFileName().toString().contains("_")).toList();
        assertThat(swedish).isNotEmpty();
        for (Path sv : swedish) {
            Path en = sv.resolveSibling(sv.getFileName().toString().replace(".properties", "_en.properties"));
            assertThat(en).as("English twin of %s", sv).exists();
            Set<String> svKeys = load(sv).stringPropertyNames();
            Set<String> enKeys = load(en).stringPropertyNames();
            assertThat(difference(svKeys, enKeys)).as("keys in %s missing from %s", sv.getFileName(), en.getFileName())
                    .isEmpty();
            assertThat(difference(enKeys, svKeys)).as("keys in %s missing from %s", en.getFileName(), sv.getFileName())
                    .isEmpty();
        }
    }

    @Test
    void everyBundleIsOnTheConfiguredBasenameList() throws IOException {
        var app = load(Path.of("src/main/resources/application.properties"));
        var basenames = Set.of(app.getProperty("spring.messages.basename").split("\\s*,\\s*"));
        bundleFiles().filter(p -> !p.getFileName().toString().contains("_")).forEach(p -> assertThat(basenames)
                .contains("i18n/" + p.getFileName().toString().replace(".properties", "")));
    }

    @Test
    void everyMessageKeyInTheTemplatesExists() throws IOException {
        Set<String> keys = allKeys();
        var missing = new TreeMap<String, String>();
        int checked = 0;
        for (Path template : files(TEMPLATES, ".html")) {
            String html = Files.readString(template);
            Matcher m = TEMPLATE_MESSAGE.matcher(html);
            while (m.find()) {
                String expression = m.group(1).strip();
                Matcher dynamic = DYNAMIC_PREFIX.matcher(expression);
                Matcher key = LEADING_KEY.matcher(expression);
                if (dynamic.find()) {
                    String prefix = dynamic.group(1) != null ? dynamic.group(1) : dynamic.group(2);
                    checked++;
                    if (!prefix.isEmpty() && keys.stream().noneMatch(k -> k.startsWith(prefix))) {
                        missing.put(prefix + "*", TEMPLATES.relativize(template).toString());
                    }
                } else if (key.find()) {
                    checked++;
                    if (!keys.contains(key.group())) {
                        missing.put(key.group(), TEMPLATES.relativize(template).toString());
                    }
                }
            }
            Matcher call = TEMPLATE_MESSAGES_CALL.matcher(html);
            while (call.find()) {
                checked++;
                String called = call.group(1);
                boolean found = called.endsWith(".") ? keys.stream().anyMatch(k -> k.startsWith(called)) : keys.contains(called);
                if (!found) {
                    missing.put(call.group(1), TEMPLATES.relativize(template).toString());
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(missing).as("message keys used in templates but in no bundle (key → template)").isEmpty();
    }

    @Test
    void everyMessageKeyThrownByMainCodeExists() throws IOException {
        Set<String> keys = allKeys();
        Pattern thrown = Pattern.compile("new\\s+(?:" + String.join("|", keyedExceptions()) + ")\\(\\s*\"([^\"]+)\"");
        var missing = new TreeMap<String, String>();
        int checked = 0;
        for (Path source : files(JAVA, ".java")) {
            Matcher m = thrown.matcher(Files.readString(source));
            while (m.find()) {
                checked++;
                if (!keys.contains(m.group(1))) {
                    missing.put(m.group(1), JAVA.relativize(source).toString());
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(missing).as("message keys thrown in main code but in no bundle (key → class)").isEmpty();
    }

    @Test
    void everyStringLiteralThatLooksLikeAMessageKeyExists() throws IOException {
        Set<String> keys = allKeys();
        Set<String> prefixes = new TreeSet<>();
        bundleFiles().filter(p -> !p.getFileName().toString().contains("_"))
                .forEach(p -> prefixes.add(p.getFileName().toString().replace(".properties", "")));
        Pattern literal = Pattern.compile("\"((?:" + String.join("|", prefixes) + ")\\.[a-z]\\w*\\.[\\w.]*\\w)\"");
        var missing = new TreeMap<String, String>();
        for (Path source : files(JAVA, ".java")) {
            Matcher m = literal.matcher(Files.readString(source));
            while (m.find()) {
                if (!keys.contains(m.group(1)) && keys.stream().noneMatch(k -> k.startsWith(m.group(1) + "."))) {
                    missing.put(m.group(1), JAVA.relativize(source).toString());
                }
            }
        }
        assertThat(missing).as("key-like string literals in main code that are in no bundle (key → class)").isEmpty();
    }

    /** SamsynException and every class in main code that extends it, directly or not. */
    private static Set<String> keyedExceptions() throws IOException {
        var subclasses = new TreeMap<String, String>();
        for (Path source : files(JAVA, ".java")) {
            Matcher m = SUBCLASS.matcher(Files.readString(source));
            while (m.find()) {
                subclasses.put(m.group(1), m.group(2));
            }
        }
        var keyed = new TreeSet<String>(Set.of("SamsynException"));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var e : subclasses.entrySet()) {
                if (keyed.contains(e.getValue()) && keyed.add(e.getKey())) {
                    grew = true;
                }
            }
        }
        assertThat(keyed).contains("RuleViolationException", "NotFoundException", "ConflictException",
                "ForbiddenException");
        return keyed;
    }

    private static Set<String> allKeys() throws IOException {
        var keys = new TreeSet<String>();
        for (Path p : bundleFiles().toList()) {
            keys.addAll(load(p).stringPropertyNames());
        }
        return keys;
    }

    private static Stream<Path> bundleFiles() throws IOException {
        return files(BUNDLES, ".properties").stream();
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return new ArrayList<>(walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList());
        }
    }

    private static Properties load(Path file) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        var result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
