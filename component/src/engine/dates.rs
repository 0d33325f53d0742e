//! The two timestamp formats the bot reads: Talk's `published` (ISO 8601 with an offset, as
//! PHP's `DATE_ATOM` writes them: `2026-07-20T09:15:02+00:00`) and `Retry-After` HTTP dates
//! (RFC 9110 IMF-fixdate, `Sun, 06 Nov 1994 08:49:37 GMT`, and the obsolete RFC 850 and asctime
//! forms). A few dozen lines instead of a date crate: these formats, to the second, checked
//! against known instants in the tests.

/// Milliseconds since the Unix epoch of `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`.
pub fn parse_atom(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    let num = |range: std::ops::Range<usize>| -> Option<i64> {
        let digits = b.get(range)?;
        digits.iter().all(u8::is_ascii_digit).then(|| {
            digits
                .iter()
                .fold(0i64, |n, d| n * 10 + i64::from(d - b'0'))
        })
    };
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    if b[13] != b':' || b[16] != b':' {
        return None;
    }
    let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || minute > 59 {
        return None;
    }
    if second > 60 {
        return None;
    }
    let mut rest = &text[19..];
    if let Some(fraction) = rest.strip_prefix('.') {
        let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        rest = &fraction[digits..];
    }
    let offset = match rest.as_bytes() {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let hours = num_of(*h1, *h2)?;
            let minutes = num_of(*m1, *m2)?;
            let total = hours * 60 + minutes;
            if *sign == b'-' { -total } else { total }
        }
        _ => return None,
    };
    let days = days_from_civil(year, month, day);
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset * 60;
    Some(seconds * 1000)
}

/// Milliseconds since the Unix epoch of an HTTP date (RFC 9110 §5.6.7): IMF-fixdate
/// `Sun, 06 Nov 1994 08:49:37 GMT`, RFC 850 `Sunday, 06-Nov-94 08:49:37 GMT`, or asctime
/// `Sun Nov  6 08:49:37 1994`.
pub fn parse_http_date(text: &str) -> Option<i64> {
    let words: Vec<&str> = text.split_ascii_whitespace().collect();
    let (day, month, year, time) = match words.as_slice() {
        // IMF-fixdate: `Sun,` `06` `Nov` `1994` `08:49:37` `GMT`.
        [weekday, day, month, year, time, "GMT"] if weekday.ends_with(',') => {
            (*day, *month, year.parse::<i64>().ok()?, *time)
        }
        // RFC 850: `Sunday,` `06-Nov-94` `08:49:37` `GMT` (two-digit years: RFC 9110 says
        // one more than 50 years ahead is in the past).
        [weekday, date, time, "GMT"] if weekday.ends_with(',') => {
            let mut parts = date.split('-');
            let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
            if parts.next().is_some() || year.len() != 2 {
                return None;
            }
            let yy = year.parse::<i64>().ok()?;
            (
                day,
                month,
                if yy < 70 { 2000 + yy } else { 1900 + yy },
                *time,
            )
        }
        // asctime: `Sun` `Nov` `6` `08:49:37` `1994`.
        [_, month, day, time, year] => (*day, *month, year.parse::<i64>().ok()?, *time),
        _ => return None,
    };
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = MONTHS.iter().position(|m| *m == month)? as i64 + 1;
    if day.is_empty() || day.len() > 2 || !day.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let day: i64 = day.parse().ok()?;
    let t = time.as_bytes();
    if t.len() != 8 || t[2] != b':' || t[5] != b':' {
        return None;
    }
    let (hour, minute, second) = (
        num_of(t[0], t[1])?,
        num_of(t[3], t[4])?,
        num_of(t[6], t[7])?,
    );
    if !(1..=31).contains(&day) || hour > 23 || minute > 59 || second > 60 || year < 1970 {
        return None;
    }
    let days = days_from_civil(year, month, day);
    Some((days * 86_400 + hour * 3600 + minute * 60 + second) * 1000)
}

fn num_of(a: u8, b: u8) -> Option<i64> {
    (a.is_ascii_digit() && b.is_ascii_digit())
        .then(|| i64::from(a - b'0') * 10 + i64::from(b - b'0'))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_instants() {
        // `date -d 2026-07-20T09:15:02+00:00 +%s` = 1784538902.
        assert_eq!(
            parse_atom("2026-07-20T09:15:02+00:00"),
            Some(1_784_538_902_000)
        );
        assert_eq!(
            parse_atom("2026-07-20T11:15:02+02:00"),
            Some(1_784_538_902_000)
        );
        assert_eq!(
            parse_atom("2026-07-20T04:45:02-04:30"),
            Some(1_784_538_902_000)
        );
        assert_eq!(parse_atom("2026-07-20T09:15:02Z"), Some(1_784_538_902_000));
        assert_eq!(
            parse_atom("2026-07-20T09:15:02.999Z"),
            Some(1_784_538_902_000)
        );
        assert_eq!(parse_atom("1970-01-01T00:00:00+00:00"), Some(0));
        assert_eq!(
            parse_atom("2000-02-29T00:00:00+00:00"),
            Some(951_782_400_000)
        );
        assert_eq!(
            parse_atom("2020-01-01T00:00:00+00:00"),
            Some(1_577_836_800_000)
        );
    }

    #[test]
    fn http_dates_in_all_three_forms() {
        // RFC 9110's example instant: 784111777 s.
        for text in [
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
        ] {
            assert_eq!(parse_http_date(text), Some(784_111_777_000), "{text}");
        }
        assert_eq!(
            parse_http_date("Mon, 20 Jul 2026 09:15:02 GMT"),
            Some(1_784_538_902_000)
        );
        for text in [
            "",
            "120",
            "Sun, 06 Nov 1994 08:49:37 CET",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun, 32 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 8:49:37 GMT",
        ] {
            assert_eq!(parse_http_date(text), None, "{text:?}");
        }
    }

    #[test]
    fn malformed_is_none() {
        for text in [
            "",
            "2026-07-20",
            "2026-07-20T09:15:02",
            "2026-13-20T09:15:02+00:00",
            "2026-07-20T24:15:02+00:00",
            "2026-07-20T09:15:02+0000",
            "2026-07-20T09:15:02.Z",
            "２026-07-20T09:15:02+00:00",
            "2026-07-20T09:15:02+00:00 ",
        ] {
            assert_eq!(parse_atom(text), None, "{text:?}");
        }
    }
}
