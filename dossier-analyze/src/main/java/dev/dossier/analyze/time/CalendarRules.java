package dev.dossier.analyze.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.EasterHoliday;
import com.ibm.icu.util.HebrewCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.function.IntFunction;
import java.time.temporal.JulianFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar arithmetic the rules need: lunar to Gregorian through ICU4J's {@link ChineseCalendar},
 * the 清明 solar term, and "n-th weekday of a month" holidays. Stateless; every call builds its own
 * ICU calendar because ICU calendars are mutable and not thread-safe.
 */
final class CalendarRules {
    /** ICU's extended Chinese year for the lunar year that starts in Gregorian year Y is Y + 2637. */
    private static final int CHINESE_EPOCH_OFFSET = 2637;

    private CalendarRules() {
    }

    /**
     * The Gregorian date of lunar month/day in the lunar year whose New Year falls in Gregorian
     * {@code year}; non-leap month. Returns null for a day the lunar month does not have (三十 of a
     * 29-day month).
     */
    static LocalDate lunarToGregorian(int year, int lunarMonth, int lunarDay) {
        if (lunarMonth < 1 || lunarMonth > 12 || lunarDay < 1 || lunarDay > 30) {
            return null;
        }
        ChineseCalendar calendar = new ChineseCalendar(TimeZone.GMT_ZONE, ULocale.CHINA);
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, year + CHINESE_EPOCH_OFFSET);
        calendar.set(Calendar.MONTH, lunarMonth - 1);
        calendar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        calendar.set(Calendar.DAY_OF_MONTH, lunarDay);
        calendar.setLenient(false);
        try {
            int julianDay = calendar.get(Calendar.JULIAN_DAY);
            return LocalDate.EPOCH.with(JulianFields.JULIAN_DAY, julianDay);
        } catch (IllegalArgumentException outOfRange) {
            return null; // 三十 in a month of 29 days: not a date, the rule does not fire
        }
    }

    /**
     * 清明 (solar longitude 15 degrees), April 4 or 5 (or 6 in the 1900s). ICU does not expose solar
     * terms, so this is the published "寿星" approximation [Y*0.2422 + C] - [Y/4], exact for 1900-2099.
     */
    static LocalDate qingming(int year) {
        if (year < 1900 || year > 2099) {
            return LocalDate.of(year, 4, 5);
        }
        int y = year % 100;
        double c = year >= 2000 ? 4.81 : 5.59;
        int day = (int) Math.floor(y * 0.2422 + c) - (int) Math.floor(y / 4.0);
        return LocalDate.of(year, 4, day);
    }

    /** The {@code nth} (1-based) {@code dayOfWeek} of a month, e.g. Mother's Day = 2nd Sunday of May. */
    static LocalDate nthWeekday(int year, int month, int nth, DayOfWeek dayOfWeek) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, dayOfWeek));
    }

    /**
     * Easter-based feasts: {@code offset} days after Easter Sunday of {@code year}, Western
     * (Gregorian computus) or Orthodox (Julian computus), through ICU's {@link EasterHoliday}.
     * ICU's Holiday API works on {@link Date}s in the default zone, so the conversion uses that zone
     * both ways.
     */
    static LocalDate easter(int year, int offset, boolean orthodox) {
        ZoneId zone = ZoneId.systemDefault();
        EasterHoliday feast = new EasterHoliday(offset, orthodox, "feast");
        Date from = Date.from(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
        Date to = Date.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant());
        Date found = feast.firstBetween(from, to);
        return found == null ? null : found.toInstant().atZone(zone).toLocalDate();
    }

    /**
     * An Islamic (Umm al-Qura) month/day falling in Gregorian {@code year}: the earliest such date,
     * since an Islamic year is 11 days shorter than a Gregorian one.
     */
    static LocalDate islamic(int year, int month, int day) {
        int approx = (int) ((year - 622) * 33.0 / 32);
        return earliestIn(year, approx, islamicYear -> {
            IslamicCalendar calendar = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
            calendar.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
            return julian(calendar, islamicYear, month - 1, day);
        });
    }

    /**
     * A Hebrew-calendar month (ICU index, TISHRI = 0) and day in Gregorian {@code year}. Jewish days
     * begin at sundown, so the Gregorian day returned is the one on whose evening the date begins.
     */
    static LocalDate hebrewEve(int year, int icuMonth, int day) {
        return earliestIn(year, year + 3760, hebrewYear -> {
            LocalDate date = julian(new HebrewCalendar(TimeZone.GMT_ZONE, ULocale.ROOT), hebrewYear, icuMonth, day);
            return date == null ? null : date.minusDays(1);
        });
    }

    private static LocalDate earliestIn(int gregorianYear, int approximateYear, IntFunction<LocalDate> inCalendarYear) {
        LocalDate best = null;
        for (int y = approximateYear - 1; y <= approximateYear + 1; y++) {
            LocalDate date = inCalendarYear.apply(y);
            if (date != null && date.getYear() == gregorianYear && (best == null || date.isBefore(best))) {
                best = date;
            }
        }
        return best;
    }

    private static LocalDate julian(Calendar calendar, int extendedYear, int month, int day) {
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, extendedYear);
        calendar.set(Calendar.MONTH, month);
        calendar.set(Calendar.DAY_OF_MONTH, day);
        return LocalDate.EPOCH.with(JulianFields.JULIAN_DAY, calendar.get(Calendar.JULIAN_DAY));
    }
}
