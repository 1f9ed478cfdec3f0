//! When a server's digest runs: a cadence (daily, weekly on a weekday, monthly on a day), a
//! local time and a time zone, parsed once into a [`Schedule`] that cannot be wrong, and the
//! arithmetic of its runs in that zone, across daylight-saving changes: a local time that does
//! not exist that day runs at the next valid instant, an ambiguous one runs once, at its first
//! occurrence.

use std::fmt;

use chrono::{
    DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc, Weekday,
};
use chrono_tz::Tz;

use crate::content::text::{Arg, Text};

/// How often a digest runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cadence {
    Daily,
    Weekly(Weekday),
    /// On this day of every month, 1 to 28 so that every month has it.
    Monthly(u8),
}

/// What the user picked for the cadence, before the weekday or day that completes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frequency {
    Daily,
    Weekly,
    Monthly,
}

impl Frequency {
    pub fn as_str(self) -> &'static str {
        match self {
            Frequency::Daily => "daily",
            Frequency::Weekly => "weekly",
            Frequency::Monthly => "monthly",
        }
    }

    pub fn parse(text: &str) -> Option<Frequency> {
        [Frequency::Daily, Frequency::Weekly, Frequency::Monthly].into_iter().find(|f| f.as_str() == text)
    }
}

/// A local time of day, to the minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalTime(NaiveTime);

impl LocalTime {
    /// `08:30`, `8:30`, `8h30` or `8h`.
    pub fn parse(text: &str) -> Result<LocalTime, ScheduleError> {
        let bad = || ScheduleError::BadTime(text.trim().to_owned());
        let lower = text.trim().to_lowercase();
        let (hours, minutes) = lower.split_once(':').or_else(|| lower.split_once('h')).ok_or_else(bad)?;
        let minutes = if minutes.is_empty() && lower.contains('h') { "0" } else { minutes };
        let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(hours) || !digits(minutes) || (minutes.len() != 2 && minutes != "0") {
            return Err(bad());
        }
        let (h, m) = (hours.parse().map_err(|_| bad())?, minutes.parse().map_err(|_| bad())?);
        NaiveTime::from_hms_opt(h, m, 0).map(LocalTime).ok_or_else(bad)
    }

    pub fn time(self) -> NaiveTime {
        self.0
    }
}

impl fmt::Display for LocalTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%H:%M"))
    }
}

/// An IANA time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zone(Tz);

impl Zone {
    pub const UTC: Zone = Zone(Tz::UTC);

    /// A zone by its IANA name, in any case: `Europe/Paris`, `america/new_york`, `UTC`.
    pub fn parse(text: &str) -> Result<Zone, ScheduleError> {
        let wanted = text.trim();
        chrono_tz::TZ_VARIANTS
            .iter()
            .find(|tz| tz.name().eq_ignore_ascii_case(wanted))
            .map(|tz| Zone(*tz))
            .ok_or_else(|| ScheduleError::UnknownZone(wanted.to_owned()))
    }

    pub fn name(self) -> &'static str {
        self.0.name()
    }

    pub fn tz(self) -> Tz {
        self.0
    }

    /// Zone names matching what was typed, for autocomplete: zones most servers use first.
    pub fn suggest(typed: &str, limit: usize) -> Vec<&'static str> {
        const COMMON: [&str; 10] = [
            "UTC",
            "Europe/Paris",
            "Europe/London",
            "America/New_York",
            "America/Los_Angeles",
            "America/Montreal",
            "Europe/Brussels",
            "Asia/Seoul",
            "Asia/Tokyo",
            "Europe/Moscow",
        ];
        let typed = typed.trim().to_lowercase().replace(' ', "_");
        let matches = |name: &&str| name.to_lowercase().contains(&typed);
        let common = COMMON.iter().copied().filter(matches);
        let rest =
            chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()).filter(|n| !COMMON.contains(n)).filter(matches);
        common.chain(rest).take(limit).collect()
    }
}

/// A server's digest schedule: only [`Schedule::new`] makes one, so it is always valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    pub cadence: Cadence,
    pub time: LocalTime,
    pub zone: Zone,
}

/// A mistake in a schedule as a user gave it; each says itself in every language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    #[error("unreadable time '{0}'")]
    BadTime(String),
    #[error("unknown time zone '{0}'")]
    UnknownZone(String),
    #[error("a weekly digest needs a weekday")]
    MissingWeekday,
    #[error("a monthly digest needs a day")]
    MissingDay,
    #[error("a weekday was given to a {0} digest")]
    UnexpectedWeekday(&'static str),
    #[error("a day was given to a {0} digest")]
    UnexpectedDay(&'static str),
    #[error("day {0} is not between 1 and 28")]
    BadDay(i64),
}

impl ScheduleError {
    pub fn text(&self) -> Text {
        let word = |s: &str| Arg::Word(s.to_owned());
        match self {
            ScheduleError::BadTime(input) => Text::new("error-digest-time").arg("input", word(input)),
            ScheduleError::UnknownZone(input) => Text::new("error-digest-zone").arg("input", word(input)),
            ScheduleError::MissingWeekday => Text::new("error-digest-missing-weekday"),
            ScheduleError::MissingDay => Text::new("error-digest-missing-day"),
            ScheduleError::UnexpectedWeekday(frequency) => {
                Text::new("error-digest-unexpected-weekday").arg("frequency", word(frequency))
            }
            ScheduleError::UnexpectedDay(frequency) => {
                Text::new("error-digest-unexpected-day").arg("frequency", word(frequency))
            }
            ScheduleError::BadDay(day) => Text::new("error-digest-day").arg("day", Arg::Number(*day)),
        }
    }
}

/// One run of a schedule: when it is due, and the period it covers (its local date), which
/// names it for "at most once".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    pub at: DateTime<Utc>,
    pub period: NaiveDate,
}

impl Schedule {
    /// A schedule from what a user picked: the weekday only for weekly digests, the day only for
    /// monthly ones.
    pub fn new(
        frequency: Frequency,
        time: &str,
        zone: Option<&str>,
        weekday: Option<Weekday>,
        day: Option<i64>,
    ) -> Result<Schedule, ScheduleError> {
        let cadence = match (frequency, weekday, day) {
            (Frequency::Daily | Frequency::Monthly, Some(_), _) => {
                return Err(ScheduleError::UnexpectedWeekday(frequency.as_str()))
            }
            (Frequency::Daily | Frequency::Weekly, _, Some(_)) => {
                return Err(ScheduleError::UnexpectedDay(frequency.as_str()))
            }
            (Frequency::Daily, None, None) => Cadence::Daily,
            (Frequency::Weekly, Some(weekday), None) => Cadence::Weekly(weekday),
            (Frequency::Weekly, None, None) => return Err(ScheduleError::MissingWeekday),
            (Frequency::Monthly, None, Some(day)) if (1..=28).contains(&day) => Cadence::Monthly(day as u8),
            (Frequency::Monthly, None, Some(day)) => return Err(ScheduleError::BadDay(day)),
            (Frequency::Monthly, None, None) => return Err(ScheduleError::MissingDay),
        };
        let time = LocalTime::parse(time)?;
        let zone = match zone.map(str::trim).filter(|z| !z.is_empty()) {
            Some(zone) => Zone::parse(zone)?,
            None => Zone::UTC,
        };
        Ok(Schedule { cadence, time, zone })
    }

    /// The weekday of a weekly schedule.
    pub fn weekday(&self) -> Option<Weekday> {
        match self.cadence {
            Cadence::Weekly(weekday) => Some(weekday),
            _ => None,
        }
    }

    /// The day of a monthly schedule.
    pub fn day(&self) -> Option<u8> {
        match self.cadence {
            Cadence::Monthly(day) => Some(day),
            _ => None,
        }
    }

    pub fn frequency(&self) -> Frequency {
        match self.cadence {
            Cadence::Daily => Frequency::Daily,
            Cadence::Weekly(_) => Frequency::Weekly,
            Cadence::Monthly(_) => Frequency::Monthly,
        }
    }

    /// Whether the schedule runs on a local date.
    fn runs_on(&self, date: NaiveDate) -> bool {
        match self.cadence {
            Cadence::Daily => true,
            Cadence::Weekly(weekday) => date.weekday() == weekday,
            Cadence::Monthly(day) => date.day() == u32::from(day),
        }
    }

    /// The instant of the run on a local date: the local time, or, when the clocks skip it, the
    /// first instant after the gap; when they repeat it, its first occurrence.
    fn instant_on(&self, date: NaiveDate) -> DateTime<Utc> {
        let tz = self.zone.tz();
        let local = NaiveDateTime::new(date, self.time.time());
        match tz.from_local_datetime(&local) {
            LocalResult::Single(at) => at.with_timezone(&Utc),
            LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
            LocalResult::None => {
                // In a gap: the first local minute after it that exists. Gaps are whole
                // minutes and never longer than a day.
                let mut probe = local;
                loop {
                    probe += Duration::minutes(1);
                    if let Some(at) = tz.from_local_datetime(&probe).earliest() {
                        break at.with_timezone(&Utc);
                    }
                }
            }
        }
    }

    /// The first run strictly after an instant.
    pub fn next_after(&self, after: DateTime<Utc>) -> Run {
        let start = after.with_timezone(&self.zone.tz()).date_naive() - Duration::days(1);
        start
            .iter_days()
            .filter(|date| self.runs_on(*date))
            .map(|date| Run { at: self.instant_on(date), period: date })
            .find(|run| run.at > after)
            .expect("every schedule runs again within a month")
    }

    /// The latest run at or before an instant: after downtime, the one period to catch up.
    pub fn last_at_or_before(&self, now: DateTime<Utc>) -> Run {
        let start = now.with_timezone(&self.zone.tz()).date_naive() + Duration::days(1);
        let mut date = start;
        loop {
            if self.runs_on(date) {
                let at = self.instant_on(date);
                if at <= now {
                    return Run { at, period: date };
                }
            }
            date = date.pred_opt().expect("dates do not run out");
        }
    }
}

/// A weekday by its number, Monday 1 to Sunday 7, as stored.
pub fn weekday_from_number(number: u32) -> Option<Weekday> {
    (1..=7).contains(&number).then(|| Weekday::try_from((number - 1) as u8).expect("0 to 6 is a weekday"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).expect("an RFC 3339 instant").with_timezone(&Utc)
    }

    fn daily(time: &str, zone: &str) -> Schedule {
        Schedule::new(Frequency::Daily, time, Some(zone), None, None).expect("a valid schedule")
    }

    #[test]
    fn times_are_read_as_people_write_them() {
        assert_eq!(LocalTime::parse("08:30").map(|t| t.to_string()), Ok("08:30".into()));
        assert_eq!(LocalTime::parse("8:05").map(|t| t.to_string()), Ok("08:05".into()));
        assert_eq!(LocalTime::parse("18h30").map(|t| t.to_string()), Ok("18:30".into()));
        assert_eq!(LocalTime::parse("9h").map(|t| t.to_string()), Ok("09:00".into()));
        for bad in ["25:00", "12:60", "noon", "12", "1:2", "-1:00", "12:30:00", ""] {
            assert!(LocalTime::parse(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn zones_are_iana_names_in_any_case() {
        assert_eq!(Zone::parse("europe/paris").map(Zone::name), Ok("Europe/Paris"));
        assert_eq!(Zone::parse("Mars/Olympus"), Err(ScheduleError::UnknownZone("Mars/Olympus".into())));
        assert_eq!(Zone::suggest("", 3), ["UTC", "Europe/Paris", "Europe/London"]);
        assert!(Zone::suggest("new york", 25).contains(&"America/New_York"));
        assert!(Zone::suggest("zzzz", 25).is_empty());
    }

    #[test]
    fn the_weekday_and_day_belong_to_their_cadence_only() {
        use ScheduleError::*;
        let new = |f, w, d| Schedule::new(f, "08:00", None, w, d).map(|s| s.cadence);
        assert_eq!(new(Frequency::Daily, Some(Weekday::Mon), None), Err(UnexpectedWeekday("daily")));
        assert_eq!(new(Frequency::Weekly, None, None), Err(MissingWeekday));
        assert_eq!(new(Frequency::Weekly, Some(Weekday::Mon), Some(3)), Err(UnexpectedDay("weekly")));
        assert_eq!(new(Frequency::Monthly, None, None), Err(MissingDay));
        assert_eq!(new(Frequency::Monthly, None, Some(29)), Err(BadDay(29)));
        assert_eq!(new(Frequency::Monthly, None, Some(28)), Ok(Cadence::Monthly(28)));
        assert_eq!(new(Frequency::Weekly, Some(Weekday::Fri), None), Ok(Cadence::Weekly(Weekday::Fri)));
        let zone = Schedule::new(Frequency::Daily, "08:00", None, None, None).expect("valid").zone;
        assert_eq!(zone, Zone::UTC, "UTC by default");
    }

    #[test]
    fn paris_spring_forward_runs_a_missing_time_at_the_next_valid_instant() {
        // On 2026-03-29 Paris clocks jump from 02:00 to 03:00 (UTC+1 to UTC+2).
        let schedule = daily("02:30", "Europe/Paris");
        let run = schedule.next_after(utc("2026-03-28T12:00:00Z"));
        assert_eq!(run.period.to_string(), "2026-03-29");
        assert_eq!(run.at, utc("2026-03-29T01:00:00Z"), "03:00 local, the first instant after the gap");
        let before = schedule.next_after(utc("2026-03-27T12:00:00Z"));
        assert_eq!(before.at, utc("2026-03-28T01:30:00Z"), "02:30 CET the day before");
        let after = schedule.next_after(run.at);
        assert_eq!(after.at, utc("2026-03-30T00:30:00Z"), "02:30 CEST the day after");
        // A time the change does not touch keeps its local hour, in a new offset.
        let eight = daily("08:00", "Europe/Paris");
        assert_eq!(eight.next_after(utc("2026-03-28T12:00:00Z")).at, utc("2026-03-29T06:00:00Z"));
    }

    #[test]
    fn paris_fall_back_runs_an_ambiguous_time_once() {
        // On 2026-10-25 Paris clocks go back from 03:00 to 02:00: 02:30 happens twice.
        let schedule = daily("02:30", "Europe/Paris");
        let first = schedule.next_after(utc("2026-10-24T12:00:00Z"));
        assert_eq!(first.at, utc("2026-10-25T00:30:00Z"), "the first 02:30, in summer time");
        let next = schedule.next_after(first.at);
        assert_eq!(next.period.to_string(), "2026-10-26", "not the second 02:30 of the same day");
        assert_eq!(next.at, utc("2026-10-26T01:30:00Z"));
    }

    #[test]
    fn new_york_spring_forward_and_fall_back() {
        // 2026-03-08: 02:00 → 03:00 (UTC-5 to UTC-4); 2026-11-01: 02:00 → 01:00.
        let spring = daily("02:15", "America/New_York");
        let run = spring.next_after(utc("2026-03-07T12:00:00Z"));
        assert_eq!((run.period.to_string(), run.at), ("2026-03-08".into(), utc("2026-03-08T07:00:00Z")));
        let weekly =
            Schedule::new(Frequency::Weekly, "01:30", Some("America/New_York"), Some(Weekday::Sun), None)
                .expect("a valid schedule");
        let fall = weekly.next_after(utc("2026-10-31T12:00:00Z"));
        assert_eq!(fall.at, utc("2026-11-01T05:30:00Z"), "the first 01:30, in daylight time");
        let next = weekly.next_after(fall.at);
        assert_eq!(next.at, utc("2026-11-08T06:30:00Z"), "once, then a week later in standard time");
    }

    #[test]
    fn weekly_and_monthly_runs_fall_on_their_day() {
        let weekly =
            Schedule::new(Frequency::Weekly, "09:00", Some("UTC"), Some(Weekday::Mon), None).expect("valid");
        let run = weekly.next_after(utc("2026-11-24T10:00:00Z"));
        assert_eq!(run.at, utc("2026-11-30T09:00:00Z"));
        let monthly =
            Schedule::new(Frequency::Monthly, "09:00", Some("Asia/Seoul"), None, Some(1)).expect("valid");
        assert_eq!(monthly.next_after(utc("2026-11-24T10:00:00Z")).at, utc("2026-12-01T00:00:00Z"));
    }

    #[test]
    fn after_downtime_only_the_last_missed_run_is_due() {
        let schedule = daily("08:00", "UTC");
        let last = schedule.last_at_or_before(utc("2026-11-24T10:00:00Z"));
        assert_eq!((last.period.to_string(), last.at), ("2026-11-24".into(), utc("2026-11-24T08:00:00Z")));
        let early = schedule.last_at_or_before(utc("2026-11-24T07:59:00Z"));
        assert_eq!(early.period.to_string(), "2026-11-23");
        let exact = schedule.last_at_or_before(utc("2026-11-24T08:00:00Z"));
        assert_eq!(exact.period.to_string(), "2026-11-24");
    }
}
