//! Time zones for schedules: an IANA name (`Europe/Berlin`), `UTC`, or a POSIX TZ rule
//! (`CET-1CEST,M3.5.0,M10.5.0/3`). A name stands for its zone's current rule, the POSIX TZ
//! string tzdata ends each zone's file with (`zones.txt`, written by
//! `component/tools/zones.py`): exact for today's and future dates, which are the only ones a
//! schedule needs. Zones whose changes follow no yearly rule (Morocco's Ramadan hour) are
//! approximated by their standard time.
//!
//! Written here rather than taken from a crate: a tz crate carries the whole history of every
//! zone (hundreds of KB in the component); this is the rule alone. Tested against jiff's
//! bundled tzdata (`tests.rs`).
//!
//! A wall-clock time that does not exist (skipped by a change to summer time) is taken as the
//! same distance after the change (02:30 → 03:30), and one that happens twice (the hour
//! repeated in autumn) as the first: RFC 5545's and Temporal's "compatible" choice.

use super::cron::Cron;

/// The generated table: the rules, then `name index` lines (a name in a region after an
/// `@Region` line, without the region).
const ZONES: &str = include_str!("zones.txt");

/// A zone's rule: standard offset, and summer time with its yearly changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zone {
    /// Seconds east of UTC.
    std: i64,
    dst: Option<Summer>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Summer {
    /// Seconds east of UTC in summer time.
    offset: i64,
    start: Change,
    end: Change,
}

/// A yearly change: the `week`th (5: last) `weekday` of `month`, at `time` seconds of local
/// (pre-change) time, which may be negative or past 24 h.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Change {
    month: u32,
    week: u32,
    weekday: u32,
    time: i64,
}

impl Zone {
    /// The zone `name` names: an IANA name, `UTC`, or a POSIX TZ rule.
    pub fn named(name: &str) -> Result<Zone, String> {
        let name = name.trim();
        if name.eq_ignore_ascii_case("utc") || name == "Z" {
            return Ok(Zone { std: 0, dst: None });
        }
        if let Some(rule) = lookup(name) {
            return posix(rule)
                .ok_or_else(|| format!("the rule of time zone {name} is unreadable"));
        }
        posix(name).ok_or_else(|| {
            format!(
                "`{name}` is not a time zone: use an IANA name such as Europe/Berlin, UTC, or a POSIX TZ rule"
            )
        })
    }

    /// Seconds east of UTC at `utc` (seconds since the epoch).
    pub fn offset_at(&self, utc: i64) -> i64 {
        let Some(summer) = &self.dst else {
            return self.std;
        };
        let year = civil(utc + self.std).0;
        let start = summer.start.at(year) - self.std;
        let end = summer.end.at(year) - summer.offset;
        let in_summer = if start < end {
            utc >= start && utc < end
        } else {
            // Southern hemisphere: summer spans the new year.
            utc >= start || utc < end
        };
        if in_summer { summer.offset } else { self.std }
    }

    /// The instant of wall-clock time `local` (seconds since the epoch as if the zone were
    /// UTC): the first of two, or after a gap by the gap's length.
    pub fn to_utc(&self, local: i64) -> i64 {
        let Some(summer) = &self.dst else {
            return local - self.std;
        };
        let mut found: Option<i64> = None;
        for offset in [self.std, summer.offset] {
            let utc = local - offset;
            if self.offset_at(utc) == offset {
                found = Some(found.map_or(utc, |f: i64| f.min(utc)));
            }
        }
        // In a gap: the offset before the change carries the time past it.
        found.unwrap_or_else(|| local - self.offset_at(local - self.std - 86_400))
    }

    /// The first time after `after` (seconds since the epoch, exclusive) that `cron` names in
    /// this zone; none within 8 years (a 31st of February).
    pub fn next(&self, cron: &Cron, after: i64) -> Option<i64> {
        let offset = self.offset_at(after);
        let local = after + offset;
        // With no change of the clock in the next two days, the wall-clock times after
        // `after`'s are exactly the instants after it. Near a change, a skipped or repeated
        // time may map across: start 3 hours earlier (no zone moves its clock further at once)
        // and let `to_utc` sort them out.
        let steady = self.offset_at(after + 2 * 86_400) == offset;
        let earliest = if steady { local + 1 } else { local - 3 * 3600 };
        let mut day = earliest.div_euclid(86_400);
        let last_day = day + 8 * 366;
        while day <= last_day {
            let (_, month, dom) = civil(day * 86_400);
            let weekday = (day + 4).rem_euclid(7) as u32;
            if cron.matches_day(month, dom, weekday) {
                let first_hour = (earliest - day * 86_400).clamp(0, 86_399) / 3600;
                for hour in (first_hour..24).filter(|h| cron.hours & (1 << h) != 0) {
                    for minute in (0..60).filter(|m| cron.minutes & (1 << m) != 0) {
                        for second in (0..60).filter(|s| cron.seconds & (1 << s) != 0) {
                            let wall = day * 86_400 + hour * 3600 + minute * 60 + second;
                            if wall < earliest {
                                continue;
                            }
                            let utc = self.to_utc(wall);
                            if utc > after {
                                return Some(utc);
                            }
                        }
                    }
                }
            }
            day += 1;
        }
        None
    }
}

impl Change {
    /// This year's change in local seconds since the epoch.
    fn at(&self, year: i64) -> i64 {
        let first = days_from_civil(year, self.month, 1);
        let first_weekday = (first + 4).rem_euclid(7) as u32;
        let mut day = first + i64::from((self.weekday + 7 - first_weekday) % 7);
        day += 7 * i64::from(self.week - 1);
        let days_in_month =
            days_from_civil(year + i64::from(self.month == 12), self.month % 12 + 1, 1) - first;
        while day - first >= days_in_month {
            day -= 7;
        }
        day * 86_400 + self.time
    }
}

/// Every zone of the table: (name, rule).
pub fn table() -> impl Iterator<Item = (String, &'static str)> {
    let mut lines = ZONES.lines().filter(|l| !l.starts_with('#'));
    let count: usize = lines.next().and_then(|n| n.parse().ok()).unwrap_or(0);
    let rules: Vec<&str> = lines.by_ref().take(count).collect();
    let mut region = "";
    lines.filter_map(move |line| {
        if let Some(r) = line.strip_prefix('@') {
            region = r;
            return None;
        }
        let (zone, index) = line.rsplit_once(' ')?;
        let rule = rules.get(index.parse::<usize>().ok()?).copied()?;
        let name = if region.is_empty() {
            zone.to_string()
        } else {
            format!("{region}/{zone}")
        };
        Some((name, rule))
    })
}

fn lookup(name: &str) -> Option<&'static str> {
    table().find(|(zone, _)| zone == name).map(|(_, rule)| rule)
}

/// A POSIX TZ rule (`std offset [dst [offset] [,start[/time],end[/time]]]`), with the RFC 8536
/// extension of hours from -167 to 167. Only month-week-day changes (`Mm.w.d`), which is what
/// tzdata writes.
fn posix(rule: &str) -> Option<Zone> {
    let mut rest = rule;
    name(&mut rest)?;
    let std = -offset(&mut rest)?;
    if rest.is_empty() {
        return Some(Zone { std, dst: None });
    }
    name(&mut rest)?;
    let summer = if rest.starts_with(',') {
        std + 3600
    } else {
        -offset(&mut rest)?
    };
    let changes = rest.strip_prefix(',')?;
    let (start, end) = changes.split_once(',')?;
    Some(Zone {
        std,
        dst: Some(Summer {
            offset: summer,
            start: change(start)?,
            end: change(end)?,
        }),
    })
}

/// A zone abbreviation: letters, or anything in `<…>`.
fn name(rest: &mut &str) -> Option<()> {
    let len = if let Some(quoted) = rest.strip_prefix('<') {
        quoted.find('>')? + 2
    } else {
        rest.find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len())
    };
    if len < 3 {
        return None;
    }
    *rest = &rest[len..];
    Some(())
}

/// `[+-]hh[:mm[:ss]]` in seconds (POSIX's sign: positive is west of Greenwich).
fn offset(rest: &mut &str) -> Option<i64> {
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '+' || c == '-'))
        .unwrap_or(rest.len());
    let value = duration(&rest[..end])?;
    *rest = &rest[end..];
    Some(value)
}

fn duration(text: &str) -> Option<i64> {
    let (sign, digits) = match text.as_bytes().first()? {
        b'-' => (-1, &text[1..]),
        b'+' => (1, &text[1..]),
        _ => (1, text),
    };
    let mut parts = digits.split(':');
    let hours: i64 = parts.next()?.parse().ok()?;
    let minutes: i64 = parts.next().map_or(Some(0), |m| m.parse().ok())?;
    let seconds: i64 = parts.next().map_or(Some(0), |s| s.parse().ok())?;
    if parts.next().is_some() || hours > 167 || minutes > 59 || seconds > 59 {
        return None;
    }
    Some(sign * (hours * 3600 + minutes * 60 + seconds))
}

/// `Mm.w.d[/time]`.
fn change(text: &str) -> Option<Change> {
    let (date, time) = match text.split_once('/') {
        Some((date, time)) => (date, duration(time)?),
        None => (text, 7200),
    };
    let mut parts = date.strip_prefix('M')?.split('.');
    let month: u32 = parts.next()?.parse().ok()?;
    let week: u32 = parts.next()?.parse().ok()?;
    let weekday: u32 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=5).contains(&week) || weekday > 6 {
        return None;
    }
    Some(Change {
        month,
        week,
        weekday,
        time,
    })
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// (year, month, day) of `seconds` since the epoch.
pub fn civil(seconds: i64) -> (i64, u32, u32) {
    let z = seconds.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}
