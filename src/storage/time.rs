//! Instants as the SQLite store keeps them: milliseconds since the Unix epoch, in every column,
//! so that one instant written to two columns reads back the same from both and columns compare
//! with each other. (PostgreSQL keeps `TIMESTAMPTZ`, which sqlx converts itself.)

use chrono::{DateTime, Utc};

use super::{corrupt, StorageError};

/// An instant (a `DateTime<Utc>`, or a `SystemTime`) as a column keeps it.
pub(super) fn millis(at: impl Into<DateTime<Utc>>) -> i64 {
    at.into().timestamp_millis()
}

/// An instant as a column keeps it, read back; a value out of chrono's range is corrupt.
pub(super) fn instant(millis: i64) -> Result<DateTime<Utc>, StorageError> {
    DateTime::from_timestamp_millis(millis).ok_or_else(|| corrupt(format!("instant {millis}")))
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, SystemTime};

    use super::*;

    #[test]
    fn an_instant_survives_the_round_trip_to_the_millisecond() {
        let at = DateTime::from_timestamp(1_795_168_800, 123_000_000).expect("an instant");
        assert_eq!(millis(at), 1_795_168_800_123);
        assert_eq!(instant(millis(at)).expect("in range"), at);
        let system = SystemTime::UNIX_EPOCH + Duration::from_millis(1_795_168_800_123);
        assert_eq!(millis(system), 1_795_168_800_123);
        assert_eq!(instant(-1_000).expect("in range"), DateTime::from_timestamp(-1, 0).expect("an instant"));
        assert!(instant(i64::MAX).is_err(), "out of range: corrupt, not a panic");
    }
}
