//! Numbers and dates as each language writes them, by CLDR's rules through ICU4X (its data
//! compiled into the binary): digits grouped as the language groups them (`1,320`, `1 320`,
//! `1.320`, and none in Spanish below 10,000), a month of a year (`July 2025`, `juillet 2025`,
//! `июль 2025 г.`, `2025年7月`), a day (`5 décembre 2026`, `2026년 12월 5일`), and lists
//! (`a, b, and c`, `a, b et c`, `a、b、c`; or `a, b, or c`).
//!
//! Numbers reach it through fluent-bundle's formatter hook, so a translator writes `{ $count }`
//! and gets the language's digits; months and days are formatted here and handed to messages as
//! text. Only the Gregorian calendar and the two date shapes used are linked, which keeps the
//! compiled data thin.

use chrono::{Datelike, NaiveDate};
use fluent_bundle::FluentValue;
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{YM, YMD};
use icu_datetime::{DateTimeFormatterPreferences, FixedCalendarDateTimeFormatter};
use icu_decimal::input::Decimal;
use icu_decimal::{DecimalFormatter, DecimalFormatterPreferences};
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_list::{ListFormatter, ListFormatterPreferences};
use icu_locale_core::Locale;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

use crate::content::when::YearMonth;

/// One language's CLDR formatters. A language CLDR does not know falls back to its parent, then
/// to CLDR's root data; a formatter that cannot be made at all leaves ISO forms (`2025-07`).
pub struct Cldr {
    numbers: Option<DecimalFormatter>,
    months: Option<FixedCalendarDateTimeFormatter<Gregorian, YM>>,
    days: Option<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
    and: Option<ListFormatter>,
    or: Option<ListFormatter>,
}

impl std::fmt::Debug for Cldr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cldr").finish_non_exhaustive()
    }
}

impl Cldr {
    pub fn new(lang: &LanguageIdentifier) -> Cldr {
        let locale: Locale = lang.to_string().parse().unwrap_or(Locale::UNKNOWN);
        let numbers =
            DecimalFormatter::try_new(DecimalFormatterPreferences::from(&locale), Default::default())
                .or_else(|_| DecimalFormatter::try_new(Default::default(), Default::default()))
                .ok();
        let prefs = DateTimeFormatterPreferences::from(&locale);
        // The long form, else the medium one: ICU4X 2.4's data for a few languages (Portuguese's
        // month and year) cannot write the long form, and each formatter is tried once here so
        // that a reply never carries a date cut short.
        let months = [YM::long(), YM::medium()]
            .into_iter()
            .filter_map(|fields| FixedCalendarDateTimeFormatter::try_new(prefs, fields).ok())
            .find(|formatter| writes_whole(|date| formatter.format(date).to_string()));
        let days = [YMD::long(), YMD::medium()]
            .into_iter()
            .filter_map(|fields| FixedCalendarDateTimeFormatter::try_new(prefs, fields).ok())
            .find(|formatter| writes_whole(|date| formatter.format(date).to_string()));
        let lists = ListFormatterOptions::default().with_length(ListLength::Wide);
        let list_prefs = ListFormatterPreferences::from(&locale);
        let and = ListFormatter::try_new_and(list_prefs, lists)
            .or_else(|_| ListFormatter::try_new_and(Default::default(), lists))
            .ok();
        let or = ListFormatter::try_new_or(list_prefs, lists)
            .or_else(|_| ListFormatter::try_new_or(Default::default(), lists))
            .ok();
        Cldr { numbers, months, days, and, or }
    }

    /// A number with the language's digits and grouping; `None` for what is not a finite number.
    pub fn number(&self, n: f64) -> Option<String> {
        let formatter = self.numbers.as_ref()?;
        let decimal = if n.fract() == 0.0 && n.abs() < 9.0e15 {
            Decimal::from(n as i64)
        } else {
            n.to_string().parse::<Decimal>().ok()?
        };
        Some(formatter.format(&decimal).to_string())
    }

    /// A month of a year, as the language names it on its own: "July 2025", « juillet 2025 ».
    pub fn month(&self, month: YearMonth) -> String {
        let date =
            u8::try_from(month.month()).ok().and_then(|m| Date::try_new_gregorian(month.year(), m, 1).ok());
        match (&self.months, date) {
            (Some(formatter), Some(date)) => formatter.format(&date).to_string(),
            _ => month.to_string(),
        }
    }

    /// A day, in full: "December 5, 2026", « 5 décembre 2026 ».
    pub fn day(&self, day: NaiveDate) -> String {
        let date = u8::try_from(day.month())
            .ok()
            .zip(u8::try_from(day.day()).ok())
            .and_then(|(m, d)| Date::try_new_gregorian(day.year(), m, d).ok());
        match (&self.days, date) {
            (Some(formatter), Some(date)) => formatter.format(&date).to_string(),
            _ => day.to_string(),
        }
    }
}

/// Which list: all of its items, or one of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    And,
    Or,
}

impl Cldr {
    /// Items joined as the language joins them: "a, b, and c" / « a, b et c » / 「a、b、c」, or
    /// "a, b, or c".
    pub fn list(&self, kind: ListKind, items: &[String]) -> String {
        let formatter = match kind {
            ListKind::And => &self.and,
            ListKind::Or => &self.or,
        };
        match formatter {
            Some(formatter) => formatter.format(items.iter().map(String::as_str)).to_string(),
            None => items.join(", "),
        }
    }
}

/// Whether a date formatter writes a whole date: its year is there. A formatter whose data
/// lacks a part writes what it can in release builds and stops a debug build (a debug
/// assertion of ICU4X): either way it is not used.
fn writes_whole(format: impl Fn(&Date<Gregorian>) -> String) -> bool {
    let Ok(date) = Date::try_new_gregorian(2025, 7, 1) else { return false };
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| format(&date)))
        .is_ok_and(|text| text.contains("2025"))
}

impl intl_memoizer::Memoizable for Cldr {
    type Args = ();
    type Error = std::convert::Infallible;

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, Self::Error> {
        Ok(Cldr::new(&lang))
    }
}

/// fluent-bundle's formatter hook: every number a message shows, in its bundle's language.
/// Anything else is left to Fluent.
pub fn format_value(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else { return None };
    intls.with_try_get::<Cldr, _, _>((), |cldr| cldr.number(number.value)).ok().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cldr(tag: &str) -> Cldr {
        Cldr::new(&tag.parse().expect("a language tag"))
    }

    #[test]
    fn groups_digits_as_each_language_does() {
        let expected = [
            ("en-US", "1,320"),
            ("fr", "1\u{202f}320"),
            ("de", "1.320"),
            ("es-ES", "1320"),
            ("ru", "1\u{a0}320"),
            ("uk", "1\u{a0}320"),
            ("ko", "1,320"),
            ("ja", "1,320"),
        ];
        for (tag, text) in expected {
            assert_eq!(cldr(tag).number(1320.0).as_deref(), Some(text), "{tag}");
        }
        assert_eq!(cldr("es-ES").number(13_200.0).as_deref(), Some("13.200"));
        assert_eq!(cldr("en-US").number(600.0).as_deref(), Some("600"));
        assert_eq!(cldr("en-US").number(-1_000_000.0).as_deref(), Some("-1,000,000"));
        assert_eq!(cldr("en-US").number(1234.5).as_deref(), Some("1,234.5"));
    }

    #[test]
    fn names_a_month_of_a_year_as_each_language_does() {
        let july = YearMonth::new(2025, 7).expect("a month");
        let expected = [
            ("en-US", "July 2025"),
            ("fr", "juillet 2025"),
            ("de", "Juli 2025"),
            ("es-ES", "julio de 2025"),
            ("ru", "июль 2025\u{202f}г."),
            ("uk", "липень 2025\u{202f}р."),
            ("ko", "2025년 7월"),
            ("ja", "2025年7月"),
        ];
        for (tag, text) in expected {
            assert_eq!(cldr(tag).month(july), text, "{tag}");
        }
    }

    #[test]
    fn joins_lists_as_each_language_does() {
        let items = ["A".to_owned(), "B".to_owned(), "C".to_owned()];
        assert_eq!(cldr("en-US").list(ListKind::And, &items), "A, B, and C");
        assert_eq!(cldr("en-US").list(ListKind::Or, &items), "A, B, or C");
        assert_eq!(cldr("fr").list(ListKind::And, &items), "A, B et C");
        assert_eq!(cldr("ja").list(ListKind::And, &items), "A、B、C");
        assert_eq!(cldr("en-US").list(ListKind::And, &items[..1]), "A");
    }

    #[test]
    fn a_language_whose_long_form_cannot_be_written_gets_its_medium_one() {
        let july = YearMonth::new(2025, 7).expect("a month");
        assert_eq!(cldr("pt-BR").month(july), "jul. de 2025");
    }

    #[test]
    fn names_a_day_as_each_language_does() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 5).expect("a day");
        assert_eq!(cldr("en-US").day(day), "December 5, 2026");
        assert_eq!(cldr("fr").day(day), "5 décembre 2026");
        assert_eq!(cldr("de").day(day), "5. Dezember 2026");
        assert_eq!(cldr("ja").day(day), "2026年12月5日");
        assert_eq!(cldr("ko").day(day), "2026년 12월 5일");
    }
}
