package cn.fazhi.assess.scoring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One rule file: the name errors are reported against, its text, and the package it declares. */
record DrlFile(String name, String text) {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");

    String packageName() {
        Matcher m = PACKAGE.matcher(text);
        return m.find() ? m.group(1) : "";
    }
}
