//! Cron expressions: `minute hour day-of-month month day-of-week`, or six fields with seconds
//! first. Each field takes `*`, numbers, ranges (`1-5`), lists (`1,15`), steps (`*/10`,
//! `8-18/2`) and, for months and weekdays, English names (`jan`, `mon`); weekday 0 and 7 are
//! Sunday. As in Vixie cron, when both day fields are restricted a day matching either counts.
//!
//! Written here rather than taken from a crate: the published cron crates carry their own
//! date-time and time-zone libraries, several times this module's size in the component, and
//! the engine needs only matching (`next` in `zone.rs` walks local days). Tested against a
//! brute-force walk over every minute with jiff's time zones (`tests.rs`).

/// A parsed expression: the allowed values of each field as bits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cron {
    pub seconds: u64,
    pub minutes: u64,
    pub hours: u32,
    /// Bit 1..=31.
    pub days: u32,
    /// Bit 1..=12.
    pub months: u16,
    /// Bit 0..=6 (Sunday 0).
    pub weekdays: u8,
    /// Both day fields are restricted: a day matching either counts.
    either_day: bool,
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const WEEKDAYS: [&str; 7] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

impl Cron {
    /// Parse `text`; the error says which field is wrong and why.
    pub fn parse(text: &str) -> Result<Cron, String> {
        let fields: Vec<&str> = text.split_whitespace().collect();
        let (seconds, rest) = match fields.len() {
            5 => ("0", &fields[..]),
            6 => (fields[0], &fields[1..]),
            n => {
                return Err(format!(
                    "a cron expression has 5 fields (minute hour day month weekday) or 6 (seconds first), not {n}"
                ));
            }
        };
        let seconds = field(seconds, "second", 0, 59, &[])?;
        let minutes = field(rest[0], "minute", 0, 59, &[])?;
        let hours = field(rest[1], "hour", 0, 23, &[])? as u32;
        let days = field(rest[2], "day of month", 1, 31, &[])? as u32;
        let months = field(rest[3], "month", 1, 12, &MONTHS)? as u16;
        let weekdays = field(rest[4], "weekday", 0, 7, &WEEKDAYS)?;
        // 7 is Sunday too.
        let weekdays = ((weekdays | (weekdays >> 7)) & 0x7f) as u8;
        let restricted = |f: &str| !f.starts_with('*');
        Ok(Cron {
            seconds,
            minutes,
            hours,
            days,
            months,
            weekdays,
            either_day: restricted(rest[2]) && restricted(rest[4]),
        })
    }

    /// Whether the day `day` of `month` (1-based), a `weekday` (Sunday 0), is a day to run.
    pub fn matches_day(&self, month: u32, day: u32, weekday: u32) -> bool {
        if self.months & (1 << month) == 0 {
            return false;
        }
        let by_date = self.days & (1 << day) != 0;
        let by_weekday = self.weekdays & (1 << weekday) != 0;
        if self.either_day {
            by_date || by_weekday
        } else {
            by_date && by_weekday
        }
    }
}

/// One field's allowed values as bits, `names` standing for `first`, `first + 1`, ….
fn field(text: &str, what: &str, min: u32, max: u32, names: &[&str]) -> Result<u64, String> {
    let bad = |why: String| format!("cron {what} field `{text}`: {why}");
    let value = |word: &str| -> Result<u32, String> {
        let lower = word.to_ascii_lowercase();
        if let Some(i) = names.iter().position(|n| *n == lower) {
            // Month names start at 1, weekday names at 0.
            return Ok(i as u32 + if names.len() == 12 { 1 } else { 0 });
        }
        let n: u32 = word
            .parse()
            .map_err(|_| bad(format!("`{word}` is not a number")))?;
        if n < min || n > max {
            return Err(bad(format!("{n} is outside {min}-{max}")));
        }
        Ok(n)
    };
    let mut bits = 0u64;
    for part in text.split(',') {
        let (range, step) = match part.split_once('/') {
            Some((range, step)) => {
                let step: u32 =
                    step.parse().ok().filter(|s| *s > 0).ok_or_else(|| {
                        bad(format!("the step `{step}` is not a positive number"))
                    })?;
                (range, step)
            }
            None => (part, 1),
        };
        let (from, to) = if range == "*" {
            (min, max)
        } else if let Some((a, b)) = range.split_once('-') {
            (value(a)?, value(b)?)
        } else {
            let v = value(range)?;
            // `5/15` means from 5 to the end, every 15.
            (v, if step > 1 { max } else { v })
        };
        if from > to {
            return Err(bad(format!("the range {from}-{to} runs backwards")));
        }
        let mut v = from;
        while v <= to {
            bits |= 1 << v;
            v += step;
        }
    }
    Ok(bits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(bits: u64) -> Vec<u32> {
        (0..64).filter(|i| bits & (1 << i) != 0).collect()
    }

    #[test]
    fn fields_lists_ranges_steps_and_names() {
        let c = Cron::parse("*/15 9-17/4 1,15 jan-mar mon-fri").unwrap();
        assert_eq!(values(c.seconds), [0]);
        assert_eq!(values(c.minutes), [0, 15, 30, 45]);
        assert_eq!(values(c.hours as u64), [9, 13, 17]);
        assert_eq!(values(c.days as u64), [1, 15]);
        assert_eq!(values(c.months as u64), [1, 2, 3]);
        assert_eq!(values(c.weekdays as u64), [1, 2, 3, 4, 5]);
        // Both day fields restricted: either.
        assert!(c.matches_day(1, 1, 0));
        assert!(c.matches_day(1, 2, 3));
        assert!(!c.matches_day(1, 2, 6));
        assert!(!c.matches_day(4, 1, 1));
        // Only the weekday restricted: it alone decides.
        let weekly = Cron::parse("0 8 * * 7").unwrap();
        assert_eq!(values(weekly.weekdays as u64), [0]);
        assert!(weekly.matches_day(6, 7, 0) && !weekly.matches_day(6, 8, 1));
        // Six fields: seconds first; `5/20` runs from 5 to the end.
        let fast = Cron::parse("5/20 * * * * *").unwrap();
        assert_eq!(values(fast.seconds), [5, 25, 45]);
    }

    #[test]
    fn errors_name_the_field() {
        for (text, needle) in [
            ("* * * *", "5 fields"),
            ("61 * * * *", "minute field `61`: 61 is outside 0-59"),
            (
                "* 5-2 * * *",
                "hour field `5-2`: the range 5-2 runs backwards",
            ),
            ("* * 0 * *", "day of month field `0`"),
            (
                "* * * smarch *",
                "month field `smarch`: `smarch` is not a number",
            ),
            ("*/0 * * * *", "the step `0` is not a positive number"),
            ("* * * * * * *", "not 7"),
        ] {
            let err = Cron::parse(text).unwrap_err();
            assert!(err.contains(needle), "{text}: {err}");
        }
    }
}
