package org.briefkit.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments: files, {@code --name value} or {@code --name=value} options and
 * {@code --flag} flags from known sets, and {@code --help}. Unknown options, missing values and
 * values given to flags are usage errors; after {@code --}, everything is a file.
 */
final class Arguments {
    final List<String> files = new ArrayList<>();
    final Map<String, String> options = new LinkedHashMap<>();
    boolean help;

    static Arguments parse(List<String> args, Set<String> valued, Set<String> flags) throws UsageException {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                parsed.help = true;
            } else if (arg.equals("--")) {
                parsed.files.addAll(args.subList(i + 1, args.size()));
                break;
            } else if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
                if (flags.contains(name)) {
                    if (eq >= 0) {
                        throw new UsageException("option --" + name + " takes no value");
                    }
                    parsed.options.put(name, "true");
                } else if (valued.contains(name)) {
                    String value;
                    if (eq >= 0) {
                        value = arg.substring(eq + 1);
                    } else if (i + 1 < args.size()) {
                        value = args.get(++i);
                    } else {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    if (value.isBlank()) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    parsed.options.put(name, value);
                } else {
                    throw new UsageException("unknown option '" + arg + "'");
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new UsageException("unknown option '" + arg + "'");
            } else {
                parsed.files.add(arg);
            }
        }
        return parsed;
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }
}
