package cn.fazhi.assess.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** When the assessment is made: the gaps' 整改时限 count from this date. */
final class AssessmentOptions {
    @Option(names = "--assessed-on", paramLabel = "DATE", converter = DateConverter.class,
            description = "The assessment's date, yyyy-mm-dd (or 2026年12月1日); the 整改时限 of each gap count from it (default: today).")
    LocalDate assessedOn;

    LocalDate date() {
        return assessedOn == null ? LocalDate.now() : assessedOn;
    }

    /** 2026-12-01, 2026/12/1, 2026.12.1 or 2026年12月1日, in full-width digits too. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

        @Override
        public LocalDate convert(String value) {
            Matcher m = DATE.matcher(Normalizer.normalize(value, Normalizer.Form.NFKC).strip());
            if (m.matches()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    // no such day: said below
                }
            }
            throw new TypeConversionException("'" + value + "' is not a date (yyyy-mm-dd, e.g. 2026-12-01)");
        }
    }
}
