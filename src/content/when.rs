//! When a fact happened, at no more precision than its source gives: a year, a month, a part of a
//! year ("late 2024"), a season ("spring 2025"), or a span between two of these. Days are never
//! invented, so there is no day here.

use std::fmt;

/// A calendar month of a given year: what `/alliance month` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct YearMonth {
    year: i32,
    month: u32,
}

impl YearMonth {
    /// A month from its year and its number (1 to 12).
    pub fn new(year: i32, month: u32) -> Option<Self> {
        ((1..=12).contains(&month) && (1000..=9999).contains(&year)).then_some(Self { year, month })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    /// 1 for January to 12 for December.
    pub fn month(self) -> u32 {
        self.month
    }

    /// Reads `2025-07`.
    pub fn parse_iso(text: &str) -> Option<Self> {
        let (year, month) = text.split_once('-')?;
        if year.len() != 4 || month.len() != 2 {
            return None;
        }
        Self::new(year.parse().ok()?, month.parse().ok()?)
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// A third of a year, as sources say "early", "mid" or "late" 2024.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    Early,
    Mid,
    Late,
}

/// A season of the northern hemisphere; winter starts in the December of its year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

impl Part {
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Early => "early",
            Part::Mid => "mid",
            Part::Late => "late",
        }
    }
}

impl Season {
    pub fn as_str(self) -> &'static str {
        match self {
            Season::Spring => "spring",
            Season::Summer => "summer",
            Season::Autumn => "autumn",
            Season::Winter => "winter",
        }
    }
}

/// One end of a date: a year, a month, a part of a year or a season.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Point {
    Year(i32),
    Month(YearMonth),
    Part(i32, Part),
    Season(i32, Season),
}

impl Point {
    fn parse(text: &str) -> Result<Self, String> {
        let (year_text, rest) = match text.split_once('-') {
            Some((year, rest)) => (year, Some(rest)),
            None => (text, None),
        };
        let year = parse_year(year_text)?;
        let Some(rest) = rest else {
            return Ok(Point::Year(year));
        };
        let point = match rest {
            "early" => Point::Part(year, Part::Early),
            "mid" => Point::Part(year, Part::Mid),
            "late" => Point::Part(year, Part::Late),
            "spring" => Point::Season(year, Season::Spring),
            "summer" => Point::Season(year, Season::Summer),
            "autumn" => Point::Season(year, Season::Autumn),
            "winter" => Point::Season(year, Season::Winter),
            month if month.len() == 2 && month.bytes().all(|b| b.is_ascii_digit()) => {
                let number: u32 = month.parse().map_err(|_| format!("bad month '{month}'"))?;
                Point::Month(
                    YearMonth::new(year, number)
                        .ok_or_else(|| format!("month {number} does not exist (01 to 12)"))?,
                )
            }
            other => {
                return Err(format!(
                    "'{other}' is neither a month (01 to 12), a part of a year (early, mid, late) \
                     nor a season (spring, summer, autumn, winter)"
                ))
            }
        };
        Ok(point)
    }

    /// The first and last months this point covers, as (year, month).
    fn bounds(self) -> ((i32, u32), (i32, u32)) {
        match self {
            Point::Year(y) => ((y, 1), (y, 12)),
            Point::Month(m) => ((m.year, m.month), (m.year, m.month)),
            Point::Part(y, Part::Early) => ((y, 1), (y, 4)),
            Point::Part(y, Part::Mid) => ((y, 5), (y, 8)),
            Point::Part(y, Part::Late) => ((y, 9), (y, 12)),
            Point::Season(y, Season::Spring) => ((y, 3), (y, 5)),
            Point::Season(y, Season::Summer) => ((y, 6), (y, 8)),
            Point::Season(y, Season::Autumn) => ((y, 9), (y, 11)),
            Point::Season(y, Season::Winter) => ((y, 12), (y + 1, 2)),
        }
    }
}

fn parse_year(text: &str) -> Result<i32, String> {
    if text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().map_err(|_| format!("bad year '{text}'"))
    } else {
        Err(format!("'{text}' is not a four-digit year"))
    }
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Point::Year(y) => write!(f, "{y}"),
            Point::Month(m) => write!(f, "{m}"),
            Point::Part(y, p) => write!(f, "{y}-{}", p.as_str()),
            Point::Season(y, s) => write!(f, "{y}-{}", s.as_str()),
        }
    }
}

/// When a fact happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum When {
    At(Point),
    /// From the first point to the second; the second never starts before the first.
    Span(Point, Point),
}

impl When {
    /// Reads `2024`, `2025-07`, `2024-late`, `2025-spring` or `2024-late/2025-spring`.
    pub fn parse(text: &str) -> Result<Self, String> {
        match text.split_once('/') {
            None => Point::parse(text).map(When::At),
            Some((from, to)) => {
                let (from, to) = (Point::parse(from)?, Point::parse(to)?);
                if to.bounds().0 < from.bounds().0 {
                    return Err(format!("the span ends ({to}) before it starts ({from})"));
                }
                Ok(When::Span(from, to))
            }
        }
    }

    /// Orders facts by when they start, then by when they end.
    pub fn sort_key(self) -> ((i32, u32), (i32, u32)) {
        match self {
            When::At(p) => p.bounds(),
            When::Span(a, b) => (a.bounds().0, b.bounds().1),
        }
    }

    /// Whether a query for `month` finds this date: a single month, or any month a span covers.
    /// A span covers every month from the first of its start to the last of its end ("late" is
    /// September to December, "spring" March to May: see `Point::bounds`). A lone year, part or
    /// season names no month, so it is found by no month query.
    pub fn covers_month(self, month: YearMonth) -> bool {
        match self {
            When::At(Point::Month(m)) => m == month,
            When::Span(a, b) => {
                let at = (month.year, month.month);
                a.bounds().0 <= at && at <= b.bounds().1
            }
            When::At(_) => false,
        }
    }

    /// The month of a date that is one month.
    pub fn month(self) -> Option<YearMonth> {
        match self {
            When::At(Point::Month(month)) => Some(month),
            _ => None,
        }
    }

    /// Whether this date runs over several months (a query for one of them shows it as ongoing).
    pub fn is_span(self) -> bool {
        matches!(self, When::Span(..))
    }

    /// Where a span starts ("since late 2024"); the date itself otherwise.
    pub fn start(self) -> Point {
        match self {
            When::At(p) | When::Span(p, _) => p,
        }
    }

    /// Where a span ends; the date itself otherwise.
    pub fn end(self) -> Point {
        match self {
            When::At(p) | When::Span(_, p) => p,
        }
    }

    /// The months month queries find this date in (see `covers_month`).
    pub fn months(self) -> Vec<YearMonth> {
        let ((y0, m0), (y1, m1)) = match self {
            When::At(Point::Month(m)) => ((m.year, m.month), (m.year, m.month)),
            When::Span(a, b) => (a.bounds().0, b.bounds().1),
            When::At(_) => return Vec::new(),
        };
        let mut out = Vec::new();
        let (mut year, mut month) = (y0, m0);
        while (year, month) <= (y1, m1) {
            out.push(YearMonth { year, month });
            (year, month) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
        }
        out
    }
}

impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            When::At(p) => write!(f, "{p}"),
            When::Span(a, b) => write!(f, "{a}/{b}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_precision_the_store_allows() {
        for text in ["2024", "2025-07", "2024-late", "2025-spring", "2024-late/2025-spring", "2024/2025"] {
            assert_eq!(When::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn refuses_invented_or_impossible_dates() {
        for text in ["2025-13", "2025-07-14", "25-07", "2025-fall", "2025-spring/2024-late", "july"] {
            assert!(When::parse(text).is_err(), "{text} should be refused");
        }
    }

    #[test]
    fn a_month_span_covers_its_months_and_a_season_covers_none() {
        let span = When::parse("2025-11/2026-01").unwrap();
        let months: Vec<String> = span.months().iter().map(ToString::to_string).collect();
        assert_eq!(months, ["2025-11", "2025-12", "2026-01"]);
        assert!(span.covers_month(YearMonth::new(2025, 12).unwrap()));
        assert!(!When::parse("2025-spring").unwrap().covers_month(YearMonth::new(2025, 4).unwrap()));
        assert!(When::parse("2025-spring").unwrap().months().is_empty());
    }

    #[test]
    fn a_span_of_loose_points_covers_late_to_spring() {
        let span = When::parse("2024-late/2025-spring").unwrap();
        let months: Vec<String> = span.months().iter().map(ToString::to_string).collect();
        assert_eq!(
            months,
            [
                "2024-09", "2024-10", "2024-11", "2024-12", "2025-01", "2025-02", "2025-03", "2025-04",
                "2025-05"
            ]
        );
        assert!(span.covers_month(YearMonth::new(2024, 12).unwrap()));
        assert!(span.covers_month(YearMonth::new(2025, 3).unwrap()));
        assert!(!span.covers_month(YearMonth::new(2024, 8).unwrap()));
        assert!(!span.covers_month(YearMonth::new(2025, 6).unwrap()));
        assert!(!When::parse("2024").unwrap().covers_month(YearMonth::new(2024, 6).unwrap()));
    }

    #[test]
    fn orders_by_start_then_end() {
        let mut dates: Vec<When> = ["2025-07", "2024-late/2025-spring", "2024", "2025-04"]
            .iter()
            .map(|t| When::parse(t).unwrap())
            .collect();
        dates.sort_by_key(|w| w.sort_key());
        let texts: Vec<String> = dates.iter().map(ToString::to_string).collect();
        assert_eq!(texts, ["2024", "2024-late/2025-spring", "2025-04", "2025-07"]);
    }
}
