package cn.fazhi.assess.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import cn.fazhi.assess.domain.Dates;

import java.time.LocalDate;

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
        @Override
        public LocalDate convert(String value) {
            LocalDate date = Dates.parse(value);
            if (date == null) {
                throw new TypeConversionException("'" + value + "' is not a date (yyyy-mm-dd, e.g. 2026-12-01)");
            }
            return date;
        }
    }
}
