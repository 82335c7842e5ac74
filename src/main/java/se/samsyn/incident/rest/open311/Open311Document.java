package se.samsyn.incident.rest.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Open311 response as a small tree, written as XML (required by the spec) or JSON (the mechanical "Spark"
 * mapping): maps become elements/objects, {@link Items} become repeated elements/arrays, everything else text.
 */
final class Open311Document {

    /** A list whose XML elements are each called {@code element}; in JSON just an array. */
    record Items(String element, List<?> values) {}

    private Open311Document() {}

    static Map<String, Object> fields(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }

    static String xml(String root, Object value) {
        var out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        element(out, root, value);
        return out.toString();
    }

    static String json(Object value) {
        var out = new StringBuilder();
        json(out, value);
        return out.toString();
    }

    private static void element(StringBuilder out, String name, Object value) {
        if (value instanceof Items items) {
            out.append('<').append(name).append('>');
            items.values().forEach(v -> element(out, items.element(), v));
            out.append("</").append(name).append('>');
            return;
        }
        out.append('<').append(name).append('>');
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> element(out, (String) k, v));
        } else {
            escape(out, String.valueOf(value));
        }
        out.append("</").append(name).append('>');
    }

    private static void escape(StringBuilder out, String text) {
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                        continue;
                    }
                    out.append(c);
                }
            }
        }
    }

    private static void json(StringBuilder out, Object value) {
        if (value instanceof Items items) {
            json(out, items.values());
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                json(out, list.get(i));
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (var e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, (String) e.getKey());
                out.append(':');
                json(out, e.getValue());
            }
            out.append('}');
        } else if (value instanceof Boolean || value instanceof Number) {
            out.append(value);
        } else {
            string(out, String.valueOf(value));
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
