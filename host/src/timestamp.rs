//! Talk's `published` timestamps: ISO 8601 with an offset, as PHP's `DATE_ATOM` writes them
//! (`2026-07-20T09:15:02+00:00`). Twenty lines instead of a date crate: this one format, to
//! the second, checked against known instants in the tests.

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
